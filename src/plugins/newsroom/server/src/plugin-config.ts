import type { Core } from '@strapi/strapi';
import type { NewsroomConfig } from './config';

/** Reads the plugin configuration at call time, so a test or an operator can change it without a restart. */
export const pluginConfig = <K extends keyof NewsroomConfig>(strapi: Core.Strapi, key: K): NewsroomConfig[K] =>
  strapi.plugin('newsroom').config(key) as NewsroomConfig[K];
