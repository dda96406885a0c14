import register from './register';
import config from './config';
import controllers from './controllers';
import middlewares from './middlewares';
import policies from './policies';
import routes from './routes';
import services from './services';

export default {
  register,
  config,
  controllers,
  middlewares,
  policies,
  routes,
  services,
};
