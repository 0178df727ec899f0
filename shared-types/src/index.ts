export * from './org';
export * from './claims';
export * from './portal';
export * from './ports';
export * from './resident-id';
export * from './credit-code';
export * from './permissions';
export * from './channels';
