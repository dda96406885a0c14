import { factories } from '@strapi/strapi';
import { publicReadConfig } from '../../../plugins/newsroom/server/src/site/public-read-config';

export default factories.createCoreRouter('api::author.author', publicReadConfig('api::author.author'));
