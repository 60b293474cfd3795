/** A label per supported UI language. German is the default. */
export interface Label {
  de: string;
  en: string;
}

export type LabelMap<T extends string> = Record<T, Label>;

export function valuesOf<T extends string>(labels: LabelMap<T>): T[] {
  return Object.keys(labels) as T[];
}
