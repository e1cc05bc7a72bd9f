export * from './schemas/enums';
export * from './schemas/common';
export * from './schemas/plan';
export * from './rules/fiscal';
export * from './schemas/site';
export * from './rules/calendar';
export * from './rules/status';
