export * from './vat'
export * from './invoiceNumber'
export * from './vatNumber'
