// A reference to a named record (a person, an organisation): a leaf that every shared module may import.
export interface NamedRef {
  id: number;
  name: string;
}
