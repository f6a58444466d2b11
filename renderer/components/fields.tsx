// Labelled form controls. Every control gets a <label for>, its hint and inline error are tied to it
// with aria-describedby, and "verplicht" is shown beside the label (not in it) so names stay short.
import { useId, type ReactNode, type Ref } from 'react';

interface BaseProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  required?: boolean;
  className?: string;
}

function describedBy(hintId: string, errorId: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? hintId : null, error ? errorId : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function FieldLabel({ htmlFor, label, required }: { htmlFor: string; label: ReactNode; required?: boolean }) {
  return (
    <div className="field-label">
      <label htmlFor={htmlFor}>{label}</label>
      {required && (
        <span className="required-tag" aria-hidden="true">
          verplicht
        </span>
      )}
    </div>
  );
}

function FieldMessages({ hintId, errorId, hint, error }: { hintId: string; errorId: string; hint?: ReactNode; error?: string | null }) {
  return (
    <>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </>
  );
}

/** One control's frame: its label, then its hint and error, then the control. */
function Field(props: { id: string; base: BaseProps; children: ReactNode }) {
  const { id, base } = props;
  return (
    <div className={`field ${base.className ?? ''}`}>
      <FieldLabel htmlFor={id} label={base.label} required={base.required} />
      <FieldMessages hintId={`${id}-hint`} errorId={`${id}-error`} hint={base.hint} error={base.error} />
      {props.children}
    </div>
  );
}

/** What ties a control to its label, hint and error, and marks it required or invalid. */
function controlAttributes(id: string, { hint, error, required }: BaseProps) {
  return {
    id,
    required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(`${id}-hint`, `${id}-error`, hint, error),
  };
}

export function TextField(
  props: BaseProps & {
    value: string;
    onChange(value: string): void;
    type?: 'text' | 'date' | 'datetime-local' | 'search';
    autoComplete?: string;
    inputRef?: Ref<HTMLInputElement>;
    onBlur?(): void;
  },
) {
  const id = useId();
  return (
    <Field id={id} base={props}>
      <input
        {...controlAttributes(id, props)}
        ref={props.inputRef}
        type={props.type ?? 'text'}
        value={props.value}
        autoComplete={props.autoComplete ?? 'off'}
        onChange={(e) => props.onChange(e.target.value)}
        onBlur={props.onBlur}
      />
    </Field>
  );
}

export function TextAreaField(
  props: BaseProps & {
    value: string;
    onChange(value: string): void;
    rows?: number;
    textAreaRef?: Ref<HTMLTextAreaElement>;
    onBlur?(): void;
  },
) {
  const id = useId();
  return (
    <Field id={id} base={props}>
      <textarea
        {...controlAttributes(id, props)}
        ref={props.textAreaRef}
        value={props.value}
        rows={props.rows ?? 3}
        onChange={(e) => props.onChange(e.target.value)}
        onBlur={props.onBlur}
      />
    </Field>
  );
}

export interface Option {
  value: string;
  label: string;
}
export interface OptionGroup {
  label: string;
  options: Option[];
}

export function SelectField(
  props: BaseProps & {
    value: string;
    onChange(value: string): void;
    options?: Option[];
    groups?: OptionGroup[];
    /** A first, empty choice such as "— niemand —". */
    emptyLabel?: string;
    selectRef?: Ref<HTMLSelectElement>;
    disabled?: boolean;
  },
) {
  const id = useId();
  return (
    <Field id={id} base={props}>
      <select
        {...controlAttributes(id, props)}
        ref={props.selectRef}
        value={props.value}
        disabled={props.disabled}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.emptyLabel !== undefined && <option value="">{props.emptyLabel}</option>}
        {props.options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {props.groups
          ?.filter((g) => g.options.length > 0)
          .map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ))}
      </select>
    </Field>
  );
}

export interface Choice extends Option {
  disabled?: boolean;
  hint?: string;
}

/** A fieldset of radio buttons; the legend names the group. */
export function RadioGroup(props: {
  legend: ReactNode;
  value: string | null;
  onChange(value: string): void;
  choices: Choice[];
  hint?: ReactNode;
  error?: string | null;
  className?: string;
  inline?: boolean;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <fieldset
      className={`radio-group ${props.inline ? 'inline' : ''} ${props.className ?? ''}`}
      aria-describedby={describedBy(hintId, errorId, props.hint, props.error)}
    >
      <legend>{props.legend}</legend>
      <FieldMessages hintId={hintId} errorId={errorId} hint={props.hint} error={props.error} />
      <div className="choices">
        {props.choices.map((c) => (
          <div className="choice" key={c.value}>
            <input
              type="radio"
              id={`${id}-${c.value}`}
              name={id}
              value={c.value}
              checked={props.value === c.value}
              disabled={c.disabled}
              onChange={() => props.onChange(c.value)}
            />
            <label htmlFor={`${id}-${c.value}`}>{c.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** A fieldset of checkboxes for choosing several links (thema's, wijken, interventies). */
export function CheckboxGroup(props: {
  legend: ReactNode;
  values: string[];
  onChange(values: string[]): void;
  choices: Choice[];
  hint?: ReactNode;
  className?: string;
}) {
  const id = useId();
  const toggle = (value: string, on: boolean) =>
    props.onChange(on ? [...props.values, value] : props.values.filter((v) => v !== value));
  return (
    <fieldset className={`checkbox-group ${props.className ?? ''}`} aria-describedby={props.hint ? `${id}-hint` : undefined}>
      <legend>{props.legend}</legend>
      {props.hint && (
        <p id={`${id}-hint`} className="hint">
          {props.hint}
        </p>
      )}
      <div className="choices">
        {props.choices.map((c, i) => (
          <div className="choice" key={c.value}>
            <input
              type="checkbox"
              id={`${id}-${i}`}
              checked={props.values.includes(c.value)}
              onChange={(e) => toggle(c.value, e.target.checked)}
            />
            <label htmlFor={`${id}-${i}`}>
              {c.label}
              {c.hint && <span className="choice-hint"> — {c.hint}</span>}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
