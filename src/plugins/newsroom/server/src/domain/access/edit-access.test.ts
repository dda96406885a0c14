import { editAccess } from './edit-access';

describe('may this user edit this document now', () => {
  const locked = { code: 'LOCKED_AFTER_SUBMIT', message: { en: 'withdraw it first', ar: 'أعدها إلى المسودة أولًا' } };

  it('says yes only when the role, the document and the stage all allow it', () => {
    expect(editAccess({ mayUpdateType: true, mayUpdateDocument: true, stageRefusal: null })).toEqual({
      mayEdit: true,
      reason: null,
    });
  });

  it('names the first reason, in both languages, as a read-only line', () => {
    expect(editAccess({ mayUpdateType: false, mayUpdateDocument: false, stageRefusal: locked }).reason?.code).toBe(
      'NO_UPDATE_PERMISSION',
    );
    const notTheirs = editAccess({ mayUpdateType: true, mayUpdateDocument: false, stageRefusal: locked });
    expect(notTheirs).toEqual({
      mayEdit: false,
      reason: {
        code: 'NOT_CREATOR',
        message: {
          en: 'Read only: someone else created it, and your role edits only what you created.',
          ar: 'للقراءة فقط: أنشأه شخص آخر، ودورك يسمح بتعديل ما أنشأته أنت فقط.',
        },
      },
    });
    expect(editAccess({ mayUpdateType: true, mayUpdateDocument: true, stageRefusal: locked })).toEqual({
      mayEdit: false,
      reason: {
        code: 'LOCKED_AFTER_SUBMIT',
        message: { en: 'Read only: withdraw it first.', ar: 'للقراءة فقط: أعدها إلى المسودة أولًا.' },
      },
    });
  });
});
