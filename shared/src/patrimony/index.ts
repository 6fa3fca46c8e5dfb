export * from './categories'
export * from './ceilings'
export * from './assetRules'
export * from './holdingOf'
