export * from './productClasses'
export * from './riskScore'
export * from './questionnaire'
export * from './profileFigures'
