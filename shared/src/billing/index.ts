export * from './vat'
export * from './invoiceNumber'
export * from './vatNumber'
export * from './billingAddress'
