import { useEffect, useState } from 'react';
import { getFetchClient } from '@strapi/strapi/admin';
import type { EditorPresence, PresenceResponse } from '../../../../shared/contracts/concurrency';

/** Until the first answer says otherwise (the server's `presence.heartbeatSeconds`). */
const FIRST_HEARTBEAT_SECONDS = 20;

const presencePath = (documentId: string, locale: string) =>
  `/newsroom/presence/articles/${encodeURIComponent(documentId)}/${encodeURIComponent(locale)}`;

/**
 * While the edit view is open: a heartbeat now and every `heartbeatSeconds`, answering who else has the article
 * locale open; on leaving, the entry is dropped (else it lapses on the server). Presence is advisory: a failed
 * beat is tried again at the next one and never shown.
 */
export const usePresence = (documentId: string, locale: string): EditorPresence[] => {
  const [editors, setEditors] = useState<EditorPresence[]>([]);
  useEffect(() => {
    const { post } = getFetchClient();
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const beat = async () => {
      let seconds = FIRST_HEARTBEAT_SECONDS;
      try {
        const { data } = await post<PresenceResponse>(presencePath(documentId, locale));
        seconds = data.data.heartbeatSeconds;
        if (!stopped) setEditors(data.data.editors);
      } catch {
        // Advisory: the next beat tries again.
      }
      if (!stopped) timer = setTimeout(() => void beat(), seconds * 1000);
    };
    void beat();
    return () => {
      stopped = true;
      clearTimeout(timer);
      setEditors([]);
      void post(`${presencePath(documentId, locale)}/leave`).catch(() => undefined);
    };
  }, [documentId, locale]);
  return editors;
};
