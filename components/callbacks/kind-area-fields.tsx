import { useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/field";

type Props = {
  /** Prefix for the controls' ids and names ("" on a page, "quick-" in the capture dialog). */
  idPrefix?: string;
  kind: string;
  onKindChange: (kind: string) => void;
  /** The user's kinds: the built-in ones, then their own. */
  kinds: { key: string; name: string }[];
  areas: { id: string; name: string }[];
  areaLabel?: string;
  /** Shown under the area select (e.g. the kind's default area). */
  areaHint?: string;
  fieldErrors: Record<string, string[]>;
  /** Controlled area (quick capture follows the kind's default area); uncontrolled when absent. */
  areaId?: string;
  onAreaChange?: (areaId: string) => void;
};

/** The kind and area pickers shared by quick capture and the full capture form. */
export function KindAndAreaFields({ idPrefix = "", kind, onKindChange, kinds, areas, areaLabel, areaHint, fieldErrors, areaId, onAreaChange }: Props) {
  const t = useTranslations("Capture");
  const tCommon = useTranslations("Common");
  const areaProps = areaId !== undefined && onAreaChange ? { value: areaId, onChange: (event: React.ChangeEvent<HTMLSelectElement>) => onAreaChange(event.target.value) } : { defaultValue: "" };
  return (
    <>
      <SelectField id={`${idPrefix}kind`} label={t("kindLabel")} value={kind} onChange={(event) => onKindChange(event.target.value)} errors={fieldErrors.kind}>
        {kinds.map((option) => (
          <option key={option.key} value={option.key}>
            {option.name}
          </option>
        ))}
      </SelectField>
      <SelectField id={`${idPrefix}areaId`} label={areaLabel ?? t("areaLabel")} {...areaProps} hint={areaHint} errors={fieldErrors.areaId}>
        <option value="">{areaHint ? t("kindsArea") : tCommon("noArea")}</option>
        {areas.map((area) => (
          <option key={area.id} value={area.id}>
            {area.name}
          </option>
        ))}
      </SelectField>
    </>
  );
}
