/**
 * The Norwegian text of the editor's forms, typed against the data they edit: every field of a
 * schema must have a label and a hint, every fixed choice a name, and every nested field its own
 * text, or the dictionary does not type-check. The dictionaries themselves live in
 * lib/i18n/editor.ts.
 */

/** A form field's label, the hint under it, and what the editor says when a value has the wrong form. */
export interface FieldText {
  label: string;
  hint: string;
  /** Shown when the value does not match the field's pattern; required where the schema has one. */
  invalid?: string;
}

/** A name for each value of a fixed list (an enum); free text needs none. */
type Choices<Value> = [Value] extends [string] ? (string extends Value ? unknown : { choices: Record<Value, string> }) : unknown;

/** Lists name one item ("Kilde"); objects, and lists of objects, describe their own fields. */
type Nested<Value> = [Value] extends [readonly (infer Item)[]]
  ? { item: string } & ([Item] extends [object] ? { fields: FieldTexts<Item> } : Choices<Item>)
  : [Value] extends [object]
    ? { fields: FieldTexts<Value> }
    : unknown;

export type FieldTexts<Data> = {
  readonly [Key in keyof Data]-?: FieldText & Choices<NonNullable<Data[Key]>> & Nested<NonNullable<Data[Key]>>;
};

/** What the form generator reads: the same shape, without the types. */
export interface AnyFieldText extends FieldText {
  choices?: Readonly<Record<string, string>>;
  item?: string;
  fields?: Readonly<Record<string, AnyFieldText>>;
}

/** Text every form shares: the answers to a yes/no field, and the messages for lengths and web addresses. */
export interface CommonFieldTexts {
  yes: string;
  no: string;
  /** With {min} and {max}. */
  lengthBetween: string;
  /** With {min}. */
  lengthAtLeast: string;
  url: string;
}
