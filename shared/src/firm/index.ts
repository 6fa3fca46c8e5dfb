export * from './identifiers'
