import { SelectField } from "@/components/ui/field";

type Props = {
  id?: string;
  value: string;
  onChange: (zone: string) => void;
  zones: string[];
  errors?: string[];
  hint?: string;
};

/** Every IANA zone the runtime knows, with the current value kept even if the list lacks it. */
export function TimeZoneSelect({ id = "timeZone", value, onChange, zones, errors, hint }: Props) {
  const options = zones.includes(value) ? zones : [value, ...zones];
  return (
    <SelectField id={id} label="Time zone" value={value} onChange={(event) => onChange(event.target.value)} errors={errors} hint={hint}>
      {options.map((zone) => (
        <option key={zone} value={zone}>
          {zone.replaceAll("_", " ")}
        </option>
      ))}
    </SelectField>
  );
}
