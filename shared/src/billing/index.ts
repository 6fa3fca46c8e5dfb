export * from './vat'
export * from './invoiceNumber'
