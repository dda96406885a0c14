/**
 * The plugin's services by name, with the types their factories return. Each service module adds its own entry
 * by declaration merging (`declare module '…/services-registry'`), the way Strapi's plugins type their service
 * registry: get-service.ts reads this interface and imports no service, so no service module and get-service.ts
 * import each other. services.ts checks that the registered factories and these entries agree.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by each service module through declaration merging
export interface NewsroomServices {}
