import { useEffect, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { DirectionSettings, DirectionSettingsResponse } from '../../../shared/contracts/direction';

/** Fetched once per page load: the settings change only with the server's configuration. */
let cached: Promise<DirectionSettings> | null = null;

export const useDirectionSettings = (): DirectionSettings | null => {
  const { get } = useFetchClient();
  const [settings, setSettings] = useState<DirectionSettings | null>(null);
  useEffect(() => {
    let live = true;
    cached ??= get<DirectionSettingsResponse>('/newsroom/direction').then(({ data }) => data.data);
    cached.then(
      (value) => live && setSettings(value),
      () => {
        cached = null; // try again on the next edit view
      }
    );
    return () => {
      live = false;
    };
  }, [get]);
  return settings;
};
