export * from './auth'
export * from './fieldErrors'
