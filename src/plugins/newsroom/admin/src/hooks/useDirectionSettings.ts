import type { DirectionSettings } from '../../../shared/contracts/direction';
import { useGetDirectionSettingsQuery } from '../api/newsroomApi';

/** Fetched once per page load (the query cache keeps it); a failed request is tried again by the next view. */
export const useDirectionSettings = (): DirectionSettings | null => useGetDirectionSettingsQuery().data ?? null;
