import { newsroomCoreRouter } from '../../../plugins/newsroom/server/src/site/public-read-config';

export default newsroomCoreRouter('api::author.author');
