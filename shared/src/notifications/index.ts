export * from './events'
export { notificationLink } from './links'
