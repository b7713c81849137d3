export function actionFieldsAreSafe(entries: Iterable<[string, FormDataEntryValue]>): boolean;
