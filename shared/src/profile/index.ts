export * from './productClasses'
export * from './riskScore'
