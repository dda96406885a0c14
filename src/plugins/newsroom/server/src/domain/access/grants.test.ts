import { grantKey, planGrants, type Grant } from './grants';

const grant = (holder: string, permission: string): Grant => ({ holder, permission });

describe('planGrants', () => {
  const wanted = [grant('up:public', 'api::article.article.find'), grant('up:public', 'plugin::i18n.locales.find')];

  it('first boot: creates every wanted grant that is missing and records all of them', () => {
    const plan = planGrants(wanted, new Set(), new Set([grantKey(wanted[0])]));
    expect(plan.create).toEqual([wanted[1]]);
    expect(plan.record).toEqual(wanted.map(grantKey));
  });

  it('never grants again what was granted once, even if the admin removed it since', () => {
    const plan = planGrants(wanted, new Set(wanted.map(grantKey)), new Set());
    expect(plan.create).toEqual([]);
    expect(plan.record).toEqual([]);
  });

  it('upgrade: a newly required grant is created while the old ones are left as the admin set them', () => {
    const plan = planGrants(wanted, new Set([grantKey(wanted[0])]), new Set());
    expect(plan.create).toEqual([wanted[1]]);
    expect(plan.record).toEqual([grantKey(wanted[1])]);
  });
});
