import type { AssigneeView } from '../../../shared/contracts/workflow';
import { useGetAssigneesQuery } from '../api/newsroomApi';

const NONE: AssigneeView[] = [];

/** Active admin users a story can be assigned to (none while loading or when the request fails). */
export const useAssignees = (): AssigneeView[] => useGetAssigneesQuery().data ?? NONE;
