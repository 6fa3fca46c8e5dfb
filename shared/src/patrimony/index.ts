export * from './categories'
export * from './ceilings'
