import { adminApi, type BaseQueryError } from '@strapi/strapi/admin';
import type { CheckRequest, CopyDeskHint, CopyDeskStatus, HintsResponse } from '../../../shared/contracts/copydesk';
import type {
  CalendarData,
  CalendarFeedResponse,
  CalendarQuery,
  CalendarResponse,
  PlanMoveRequest,
  PlanMoveResponse,
} from '../../../shared/contracts/calendar';
import type {
  ChangeCommentBody,
  CommentsResponse,
  CommentWriteResponse,
  CreateCommentBody,
  MentionableResponse,
  UserRef,
} from '../../../shared/contracts/comments';
import type { DirectionSettings, DirectionSettingsResponse } from '../../../shared/contracts/direction';
import type {
  FeedbackRequest,
  FeedbackResponse,
  SuggestResponse,
  TopicSuggestion,
} from '../../../shared/contracts/tagging';
import type {
  DiffResponse,
  HistoryListResponse,
  RestoreRequestBody,
  RestoreResponse,
} from '../../../shared/contracts/history';
import type { EditAccessResponse, EditAccessView, EDITABLE_MODELS } from '../../../shared/contracts/edit-access';
import type { HomeDesk, HomeDeskResponse } from '../../../shared/contracts/home';
import type {
  ImportRequest,
  ImportResponse,
  ImportResult,
  ProposedTitleResponse,
} from '../../../shared/contracts/wire-import';
import type {
  MarkReadRequest,
  MarkReadResponse,
  NotificationListQuery,
  NotificationListResponse,
  NotificationPreferences,
  NotificationPreferencesResponse,
  UnreadCountResponse,
} from '../../../shared/contracts/notifications';
import type {
  AssigneesResponse,
  AssigneeView,
  AssignRequestBody,
  TransitionRequestBody,
  WorkflowMovesResponse,
  WorkflowStateResponse,
  WorkflowSummaryResponse,
} from '../../../shared/contracts/workflow';
import { createSummaryBatcher, type RowSummary } from './summaryBatch';

/** The panel's view of an answer: the hints and what the desk could find when it gave them. */
export interface CopyDeskAnswer {
  hints: CopyDeskHint[];
  status: CopyDeskStatus;
}

/**
 * The admin's one client for the newsroom's admin routes (server/src/routes/admin.ts): endpoints injected into
 * Strapi's own RTK Query api (`adminApi`, the store every admin page and Content Manager panel shares), typed by
 * shared/contracts. Reads are cached by document; each write invalidates what it changed, so a transition
 * refreshes the workflow panel and the list's stage badges.
 */

/** One locale of one article. */
export interface ArticleRef {
  documentId: string;
  locale: string;
}

/** What the admin's base query fails with: Strapi's error object, or RTK's SerializedError (same shape, not imported). */
type ApiFailure = BaseQueryError | { name?: string; message?: string; stack?: string; code?: string };

/** Tag ids are document ids: a move of both locales invalidates both. */
const TAGS = [
  'NewsroomWorkflow',
  'NewsroomWorkflowSummary',
  'NewsroomAssignees',
  'NewsroomTopics',
  'NewsroomCopyDesk',
  'NewsroomDirection',
  'NewsroomHistory',
  'NewsroomHome',
  'NewsroomCalendar',
  'NewsroomNotifications',
  'NewsroomNotificationPreferences',
  'NewsroomComments',
] as const;

/** The panels read the stored draft when they open, as before: nothing of theirs outlives the edit view. */
const PANEL_READ = { keepUnusedDataFor: 0 };

const askSummary = createSummaryBatcher<ApiFailure>();

type ArticleArea = 'workflow' | 'tagging' | 'copydesk' | 'history';
type TagType = (typeof TAGS)[number];

const articleUrl = (area: ArticleArea, documentId: string) => `/newsroom/${area}/articles/${documentId}`;

/** GET of an article's panel data (`/newsroom/<area>/articles/:documentId?locale=`). */
const readArticle =
  (area: ArticleArea) =>
  ({ documentId, locale }: ArticleRef) => ({
    url: articleUrl(area, documentId),
    method: 'GET' as const,
    config: { params: { locale } },
  });

/** POST of a body to one of an article's actions (`/newsroom/<area>/articles/:documentId/<action>`). */
const postToArticle =
  (area: ArticleArea, action: string) =>
  <Body>({ documentId, body }: { documentId: string; body: Body }) => ({
    url: `${articleUrl(area, documentId)}/${action}`,
    method: 'POST' as const,
    data: body,
  });

/** The cache tags of the article an endpoint reads or writes. */
const ofArticle =
  (...types: TagType[]) =>
  (_result: unknown, _error: unknown, { documentId }: { documentId: string }) =>
    types.map((type) => ({ type, id: documentId }));

/** A move or hand-over changes the article's panel and list cells, the home page's blocks and the calendar. */
const movedArticle = (result: unknown, error: unknown, arg: { documentId: string }) => [
  ...ofArticle('NewsroomWorkflow', 'NewsroomWorkflowSummary')(result, error, arg),
  'NewsroomHome' as const,
  'NewsroomCalendar' as const,
];

export const newsroomApi = adminApi.enhanceEndpoints({ addTagTypes: TAGS }).injectEndpoints({
  endpoints: (build) => ({
    // --- Workflow
    getWorkflowState: build.query<WorkflowStateResponse['data'], ArticleRef>({
      query: readArticle('workflow'),
      transformResponse: (response: WorkflowStateResponse) => response.data,
      providesTags: ofArticle('NewsroomWorkflow'),
      ...PANEL_READ,
    }),
    getWorkflowSummary: build.query<RowSummary, ArticleRef>({
      queryFn: ({ documentId, locale }, _api, _extra, baseQuery) =>
        askSummary(
          async (summaryLocale, documentIds) => {
            const outcome = await baseQuery({
              url: '/newsroom/workflow/summary',
              method: 'GET',
              config: { params: { locale: summaryLocale, documentIds: documentIds.join(',') } },
            });
            return outcome.error !== undefined
              ? { error: outcome.error }
              : { data: outcome.data as WorkflowSummaryResponse };
          },
          locale,
          documentId,
        ),
      providesTags: ofArticle('NewsroomWorkflowSummary'),
    }),
    getAssignees: build.query<AssigneeView[], void>({
      query: () => ({ url: '/newsroom/workflow/assignees', method: 'GET' }),
      transformResponse: (response: AssigneesResponse) => response.data,
      providesTags: ['NewsroomAssignees'],
    }),
    moveArticle: build.mutation<WorkflowMovesResponse['data'], { documentId: string; body: TransitionRequestBody }>({
      query: postToArticle('workflow', 'transitions'),
      transformResponse: (response: WorkflowMovesResponse) => response.data,
      // Refused moves too (a stale version): the panel then shows the state that refused it.
      invalidatesTags: movedArticle,
    }),
    assignArticle: build.mutation<WorkflowMovesResponse['data'], { documentId: string; body: AssignRequestBody }>({
      query: postToArticle('workflow', 'assignee'),
      transformResponse: (response: WorkflowMovesResponse) => response.data,
      invalidatesTags: movedArticle,
    }),

    // --- May the user edit this document now (the edit view's read-only mode and the panels' reasons)? Tagged with
    // the workflow: a move (an Author's withdraw under lockAfterSubmit) changes the answer.
    getEditAccess: build.query<EditAccessView, ArticleRef & { model: (typeof EDITABLE_MODELS)[number] }>({
      query: ({ documentId, locale, model }) => ({
        url: `/newsroom/access/${documentId}`,
        method: 'GET',
        config: { params: { model, locale } },
      }),
      transformResponse: (response: EditAccessResponse) => response.data,
      providesTags: ofArticle('NewsroomWorkflow'),
      ...PANEL_READ,
    }),

    // --- Topic suggestions
    getTopicSuggestions: build.query<TopicSuggestion[], ArticleRef>({
      query: readArticle('tagging'),
      transformResponse: (response: SuggestResponse) => response.data,
      providesTags: ofArticle('NewsroomTopics'),
      ...PANEL_READ,
    }),
    sendTopicFeedback: build.mutation<FeedbackResponse['data'], { documentId: string; body: FeedbackRequest }>({
      query: postToArticle('tagging', 'feedback'),
      transformResponse: (response: FeedbackResponse) => response.data,
      invalidatesTags: ofArticle('NewsroomTopics'),
    }),

    // --- Copy desk (the check is a POST that writes nothing)
    getCopyDeskHints: build.query<CopyDeskAnswer, ArticleRef>({
      query: readArticle('copydesk'),
      transformResponse: (response: HintsResponse) => ({ hints: response.data, status: response.meta.status }),
      providesTags: ofArticle('NewsroomCopyDesk'),
      ...PANEL_READ,
    }),
    checkCopyDesk: build.mutation<CopyDeskAnswer, CheckRequest>({
      query: (body) => ({ url: '/newsroom/copydesk/check', method: 'POST', data: body }),
      transformResponse: (response: HintsResponse) => ({ hints: response.data, status: response.meta.status }),
    }),

    // --- Direction settings: they change only with the server's configuration, so kept for the page load.
    getDirectionSettings: build.query<DirectionSettings, void>({
      query: () => ({ url: '/newsroom/direction', method: 'GET' }),
      transformResponse: (response: DirectionSettingsResponse) => response.data,
      providesTags: ['NewsroomDirection'],
      keepUnusedDataFor: Infinity,
    }),

    // --- History (issue #15): versions of an article locale, the diff of two, and restoring one as a new draft.
    getHistory: build.query<HistoryListResponse['data'], ArticleRef>({
      query: ({ documentId, locale }) => ({
        url: articleUrl('history', documentId),
        method: 'GET',
        config: { params: { locale } },
      }),
      transformResponse: (response: HistoryListResponse) => response.data,
      providesTags: (_result, _error, { documentId }) => [{ type: 'NewsroomHistory', id: documentId }],
      ...PANEL_READ,
    }),
    getHistoryDiff: build.query<DiffResponse['data'], ArticleRef & { from: number; to: number }>({
      query: ({ documentId, locale, from, to }) => ({
        url: `${articleUrl('history', documentId)}/diff`,
        method: 'GET',
        config: { params: { locale, from, to } },
      }),
      transformResponse: (response: DiffResponse) => response.data,
      // Two versions never change: their diff is kept as long as the page uses it.
    }),
    restoreVersion: build.mutation<RestoreResponse['data'], { documentId: string; body: RestoreRequestBody }>({
      query: ({ documentId, body }) => ({
        url: `${articleUrl('history', documentId)}/restore`,
        method: 'POST',
        data: body,
      }),
      transformResponse: (response: RestoreResponse) => response.data,
      // A restore is an edit: a new version, and it may move the workflow stage (an Author's edit after approval).
      invalidatesTags: (_result, _error, { documentId }) => [
        { type: 'NewsroomHistory', id: documentId },
        { type: 'NewsroomWorkflow', id: documentId },
        { type: 'NewsroomWorkflowSummary', id: documentId },
      ],
    }),

    // --- Comments (issue #18): an article locale's threads; every write refreshes them.
    getComments: build.query<CommentsResponse['data'], ArticleRef>({
      query: ({ documentId, locale }) => ({
        url: `/newsroom/comments/${documentId}`,
        method: 'GET',
        config: { params: { locale } },
      }),
      transformResponse: (response: CommentsResponse) => response.data,
      providesTags: ofArticle('NewsroomComments'),
      ...PANEL_READ,
    }),
    getMentionable: build.query<UserRef[], ArticleRef & { q: string }>({
      query: ({ documentId, locale, q }) => ({
        url: `/newsroom/comments/${documentId}/mentionable`,
        method: 'GET',
        config: { params: { locale, q } },
      }),
      transformResponse: (response: MentionableResponse) => response.data,
    }),
    createComment: build.mutation<CommentWriteResponse['data'], { documentId: string; body: CreateCommentBody }>({
      query: ({ documentId, body }) => ({ url: `/newsroom/comments/${documentId}`, method: 'POST', data: body }),
      transformResponse: (response: CommentWriteResponse) => response.data,
      invalidatesTags: ofArticle('NewsroomComments'),
    }),
    changeComment: build.mutation<
      CommentWriteResponse['data'],
      { documentId: string; commentId: number; body: ChangeCommentBody }
    >({
      query: ({ documentId, commentId, body }) => ({
        url: `/newsroom/comments/${documentId}/${commentId}`,
        method: 'PUT',
        data: body,
      }),
      transformResponse: (response: CommentWriteResponse) => response.data,
      invalidatesTags: ofArticle('NewsroomComments'),
    }),
    deleteComment: build.mutation<CommentWriteResponse['data'], ArticleRef & { commentId: number }>({
      query: ({ documentId, commentId, locale }) => ({
        url: `/newsroom/comments/${documentId}/${commentId}`,
        method: 'DELETE',
        config: { params: { locale } },
      }),
      transformResponse: (response: CommentWriteResponse) => response.data,
      invalidatesTags: ofArticle('NewsroomComments'),
    }),

    // --- Home page: the five blocks' widgets share this one read (RTK Query sends one request for all five).
    getHomeDesk: build.query<HomeDesk, void>({
      query: () => ({ url: '/newsroom/home/desk', method: 'GET' }),
      transformResponse: (response: HomeDeskResponse) => response.data,
      providesTags: ['NewsroomHome'],
    }),

    // --- Planning calendar (a reschedule is `moveArticle` with the `schedule` transition).
    getCalendar: build.query<CalendarData, CalendarQuery>({
      query: (params) => ({ url: '/newsroom/calendar', method: 'GET', config: { params } }),
      transformResponse: (response: CalendarResponse) => response.data,
      providesTags: ['NewsroomCalendar'],
    }),
    movePlan: build.mutation<PlanMoveResponse['data'], { documentId: string; body: PlanMoveRequest }>({
      query: ({ documentId, body }) => ({ url: `/newsroom/calendar/plan/${documentId}`, method: 'POST', data: body }),
      transformResponse: (response: PlanMoveResponse) => response.data,
      invalidatesTags: ['NewsroomCalendar'],
    }),
    getCalendarFeed: build.query<string, void>({
      query: () => ({ url: '/newsroom/calendar/feed', method: 'GET' }),
      transformResponse: (response: CalendarFeedResponse) => response.data.url,
      providesTags: ['NewsroomCalendar'],
    }),
    rotateCalendarFeed: build.mutation<string, void>({
      query: () => ({ url: '/newsroom/calendar/feed/rotate', method: 'POST' }),
      transformResponse: (response: CalendarFeedResponse) => response.data.url,
      invalidatesTags: ['NewsroomCalendar'],
    }),

    // --- Wire import: new and updated drafts are at the first stage.
    getNotifications: build.query<NotificationListResponse, NotificationListQuery>({
      query: (params) => ({ url: '/newsroom/notifications', method: 'GET', config: { params } }),
      providesTags: ['NewsroomNotifications'],
    }),
    /** The menu's badge: polled (pollingInterval) and refreshed whenever a line is marked read. */
    getUnreadNotifications: build.query<number, void>({
      query: () => ({ url: '/newsroom/notifications/unread', method: 'GET' }),
      transformResponse: (response: UnreadCountResponse) => response.data.unread,
      providesTags: ['NewsroomNotifications'],
    }),
    markNotificationsRead: build.mutation<MarkReadResponse['data'], MarkReadRequest>({
      query: (body) => ({ url: '/newsroom/notifications/read', method: 'POST', data: body }),
      transformResponse: (response: MarkReadResponse) => response.data,
      invalidatesTags: ['NewsroomNotifications', 'NewsroomHome'],
    }),
    getNotificationPreferences: build.query<NotificationPreferencesResponse['data'], void>({
      query: () => ({ url: '/newsroom/notifications/preferences', method: 'GET' }),
      transformResponse: (response: NotificationPreferencesResponse) => response.data,
      providesTags: ['NewsroomNotificationPreferences'],
    }),
    setNotificationPreferences: build.mutation<NotificationPreferencesResponse['data'], NotificationPreferences>({
      query: (body) => ({ url: '/newsroom/notifications/preferences', method: 'POST', data: body }),
      transformResponse: (response: NotificationPreferencesResponse) => response.data,
      invalidatesTags: ['NewsroomNotificationPreferences'],
    }),

    // The headline the importer proposed, while the stored title is still it (the edit view marks it).
    getProposedTitle: build.query<string | null, ArticleRef>({
      query: ({ documentId, locale }) => ({
        url: `/newsroom/wire/proposed-title/${documentId}`,
        method: 'GET',
        config: { params: { locale } },
      }),
      transformResponse: (response: ProposedTitleResponse) => response.data.proposedTitle,
      ...PANEL_READ,
    }),
    importWireCopy: build.mutation<ImportResult, ImportRequest>({
      query: (body) => ({ url: '/newsroom/import', method: 'POST', data: body }),
      transformResponse: (response: ImportResponse) => response.data,
      invalidatesTags: (result) =>
        result
          ? [...result.created, ...result.updated].map((story) => ({
              type: 'NewsroomWorkflowSummary' as const,
              id: story.documentId,
            }))
          : [],
    }),
  }),
});

export const {
  useGetNotificationsQuery,
  useGetUnreadNotificationsQuery,
  useMarkNotificationsReadMutation,
  useGetNotificationPreferencesQuery,
  useSetNotificationPreferencesMutation,
  useGetWorkflowStateQuery,
  useGetEditAccessQuery,
  useGetWorkflowSummaryQuery,
  useGetAssigneesQuery,
  useMoveArticleMutation,
  useAssignArticleMutation,
  useGetTopicSuggestionsQuery,
  useSendTopicFeedbackMutation,
  useGetCopyDeskHintsQuery,
  useCheckCopyDeskMutation,
  useGetDirectionSettingsQuery,
  useImportWireCopyMutation,
  useGetProposedTitleQuery,
  useGetHistoryQuery,
  useGetHistoryDiffQuery,
  useRestoreVersionMutation,
  useGetHomeDeskQuery,
  useGetCalendarQuery,
  useMovePlanMutation,
  useGetCalendarFeedQuery,
  useRotateCalendarFeedMutation,
  useGetCommentsQuery,
  useGetMentionableQuery,
  useCreateCommentMutation,
  useChangeCommentMutation,
  useDeleteCommentMutation,
} = newsroomApi;
