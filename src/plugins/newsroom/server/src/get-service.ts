import type { Core } from '@strapi/strapi';
import type { NewsroomServices } from './services-registry';

export type { NewsroomServices };

export const getService = <Name extends keyof NewsroomServices>(
  strapi: Core.Strapi,
  name: Name,
): NewsroomServices[Name] => strapi.plugin('newsroom').service(name) as NewsroomServices[Name];
