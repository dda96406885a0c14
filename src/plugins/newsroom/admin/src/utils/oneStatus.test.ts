import { publishingOffer } from './oneStatus';

const move = (id: string, extra: Partial<{ requiresReason: boolean; requiresSchedule: boolean }> = {}) => ({
  id,
  to: id,
  requiresReason: false,
  requiresSchedule: false,
  ...extra,
});

describe('publishingOffer', () => {
  it('keeps Strapi’s Publish when the stage allows it and puts the other moves in the menu', () => {
    const offer = publishingOffer('approved', [move('request_changes', { requiresReason: true }), move('publish')]);
    expect(offer).toMatchObject({ mayPublish: true, primary: null, blockedReason: null });
    expect(offer.more.map((transition) => transition.id)).toEqual(['request_changes']);
  });

  it('offers the next move instead of Publish in review, with the reason', () => {
    const offer = publishingOffer('in_review', [move('approve'), move('request_changes')]);
    expect(offer.mayPublish).toBe(false);
    expect(offer.primary?.id).toBe('approve');
    expect(offer.more.map((transition) => transition.id)).toEqual(['request_changes']);
    expect(offer.blockedReason).toBe('in_review');
  });

  it('puts the move towards the site first, whatever order the server lists them in', () => {
    const offer = publishingOffer('in_review', [move('withdraw'), move('request_changes'), move('approve')]);
    expect(offer.primary?.id).toBe('approve');
    expect(offer.more.map((transition) => transition.id)).toEqual(['withdraw', 'request_changes']);
    expect(publishingOffer('draft', [move('custom'), move('submit')]).primary?.id).toBe('submit');
  });

  it('names the stage when an Author can take no move at all', () => {
    const offer = publishingOffer('approved', []);
    expect(offer).toEqual({
      mayPublish: false,
      mayUnpublish: false,
      primary: null,
      more: [],
      blockedReason: 'approved',
    });
  });

  it('shows Unpublish only when it is allowed, never as a workflow move', () => {
    const live = publishingOffer('published', [
      move('unpublish'),
      move('schedule_unpublish', { requiresSchedule: true }),
    ]);
    expect(live.mayUnpublish).toBe(true);
    expect(live.primary?.id).toBe('schedule_unpublish');
    expect(live.blockedReason).toBe('published');
  });

  it('falls back to a general reason for a stage it does not know', () => {
    expect(publishingOffer('legal_review', []).blockedReason).toBe('other');
  });
});
