import { PLUGIN_ID } from '../pluginId';

/** The full key of one of the plugin's messages (keys in translations/*.json have no prefix). */
export const getTranslation = (id: string): string => `${PLUGIN_ID}.${id}`;
