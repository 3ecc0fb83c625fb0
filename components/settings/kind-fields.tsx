import { SelectField, TextField } from "@/components/ui/field";

/** The values a kind form starts from (empty strings for a new kind). */
export type KindFormValues = {
  name: string;
  expectedReplyDays: string;
  timeoutDays: string;
  followUpDays: string;
  priorPercent: string;
  defaultPayoff: string;
  defaultEnergyNeeded: string;
  defaultAreaId: string;
};

export const KIND_FORM_FIELDS = ["name", "expectedReplyDays", "timeoutDays", "followUpDays", "priorPercent", "defaultPayoff", "defaultEnergyNeeded", "defaultAreaId"] as const;

/** The fields of a kind of the user's own: its name and the defaults a new bet of it gets. */
export function KindFields({
  idPrefix,
  values,
  areas,
  fieldErrors,
}: {
  idPrefix: string;
  values: KindFormValues;
  areas: { id: string; name: string }[];
  fieldErrors: Record<string, string[]>;
}) {
  const id = (field: string) => `${idPrefix}${field}`;
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      <TextField id={id("name")} label="Name" defaultValue={values.name} maxLength={60} required autoComplete="off" placeholder="e.g. Grant application" errors={fieldErrors.name} />
      <TextField
        id={id("expectedReplyDays")}
        label="Expected reply (days)"
        type="number"
        inputMode="decimal"
        min={0}
        step="any"
        defaultValue={values.expectedReplyDays}
        required
        hint="The median reply time until 8 of your own replies teach a curve."
        errors={fieldErrors.expectedReplyDays}
      />
      <TextField id={id("timeoutDays")} label="Times out after (days)" type="number" inputMode="decimal" min={0} step="any" defaultValue={values.timeoutDays} required errors={fieldErrors.timeoutDays} />
      <TextField
        id={id("followUpDays")}
        label="Follow-ups (days)"
        defaultValue={values.followUpDays}
        placeholder="e.g. 7, 14"
        hint="Days from the start, separated by commas; blank for none."
        errors={fieldErrors.followUpDays}
      />
      <TextField id={id("priorPercent")} label="Prior (%)" type="number" inputMode="decimal" min={1} max={99} step="any" defaultValue={values.priorPercent} placeholder="30" hint="Blank: 30 %." errors={fieldErrors.priorPercent} />
      <TextField id={id("defaultPayoff")} label="Payoff (1–10)" type="number" inputMode="decimal" min={1} max={10} step="any" defaultValue={values.defaultPayoff} placeholder="5" hint="Blank: 5." errors={fieldErrors.defaultPayoff} />
      <TextField
        id={id("defaultEnergyNeeded")}
        label="Energy still needed (points)"
        type="number"
        inputMode="decimal"
        min={0}
        step="any"
        defaultValue={values.defaultEnergyNeeded}
        placeholder="2"
        hint="What a new bet of this kind usually still takes."
        errors={fieldErrors.defaultEnergyNeeded}
      />
      <SelectField id={id("defaultAreaId")} label="Default area" defaultValue={values.defaultAreaId} errors={fieldErrors.defaultAreaId}>
        <option value="">None</option>
        {areas.map((area) => (
          <option key={area.id} value={area.id}>
            {area.name}
          </option>
        ))}
      </SelectField>
    </div>
  );
}

/** The form's values by field name (ids carry `idPrefix`). */
export function readKindForm(form: HTMLFormElement, idPrefix: string): Record<string, string> {
  const data = new FormData(form);
  return Object.fromEntries(KIND_FORM_FIELDS.map((field) => [field, String(data.get(`${idPrefix}${field}`) ?? "")]));
}
