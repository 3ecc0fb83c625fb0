import { SelectField } from "@/components/ui/field";
import { CALLBACK_KINDS, type CallbackKind, KIND_DEFAULTS } from "@/lib/domain/kind-defaults";

type Props = {
  /** Prefix for the controls' ids and names ("" on a page, "quick-" in the capture dialog). */
  idPrefix?: string;
  kind: CallbackKind;
  onKindChange: (kind: CallbackKind) => void;
  areas: { id: string; name: string }[];
  areaLabel?: string;
  fieldErrors: Record<string, string[]>;
  /** Controlled area (quick capture follows the kind's default area); uncontrolled when absent. */
  areaId?: string;
  onAreaChange?: (areaId: string) => void;
};

/** The kind and area pickers shared by quick capture and the full capture form. */
export function KindAndAreaFields({ idPrefix = "", kind, onKindChange, areas, areaLabel = "Area", fieldErrors, areaId, onAreaChange }: Props) {
  const areaProps = areaId !== undefined && onAreaChange ? { value: areaId, onChange: (event: React.ChangeEvent<HTMLSelectElement>) => onAreaChange(event.target.value) } : { defaultValue: "" };
  return (
    <>
      <SelectField
        id={`${idPrefix}kind`}
        label="Kind"
        value={kind}
        onChange={(event) => onKindChange(event.target.value as CallbackKind)}
        errors={fieldErrors.kind}
      >
        {CALLBACK_KINDS.map((value) => (
          <option key={value} value={value}>
            {KIND_DEFAULTS[value].label}
          </option>
        ))}
      </SelectField>
      <SelectField id={`${idPrefix}areaId`} label={areaLabel} {...areaProps} errors={fieldErrors.areaId}>
        <option value="">No area</option>
        {areas.map((area) => (
          <option key={area.id} value={area.id}>
            {area.name}
          </option>
        ))}
      </SelectField>
    </>
  );
}
