import type { Core } from '@strapi/strapi';
import type services from './services';

/** The plugin's services by name, with the types their factories return. */
export type NewsroomServices = { [Name in keyof typeof services]: ReturnType<(typeof services)[Name]> };

export const getService = <Name extends keyof NewsroomServices>(strapi: Core.Strapi, name: Name): NewsroomServices[Name] =>
  strapi.plugin('newsroom').service(name) as NewsroomServices[Name];
