export * from './auth'
export * from './fieldErrors'
export * from './contact'
export * from './invitation'
