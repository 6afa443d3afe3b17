import { Form, type FormProps } from "antd";
import { useMemo, useState } from "react";
import type { VolunteerFilter } from "../../gql/graphql";
import { useDebouncedValue } from "../../shared/use-debounced-value";
import { filterKey, toVolunteerFilter, type VolunteerFilterValues } from "./volunteer-filter";

const SEARCH_DEBOUNCE_MS = 300;

/**
 * Filter bar state (refine-style: `formProps` spreads onto antd `<Form>`). By default the list is
 * the viewer's own region; typing in the search box asks the server once per pause.
 */
export function useVolunteerFilters(defaultRegionCode: string | undefined) {
  const initialValues = useMemo<VolunteerFilterValues>(() => ({ regionCode: defaultRegionCode, certified: "all" }), [defaultRegionCode]);
  const [form] = Form.useForm<VolunteerFilterValues>();
  const [values, setValues] = useState<VolunteerFilterValues>(initialValues);
  const search = useDebouncedValue(values.search ?? "", SEARCH_DEBOUNCE_MS);

  const filter: VolunteerFilter = useMemo(() => toVolunteerFilter({ ...values, search }), [values, search]);

  const formProps: FormProps<VolunteerFilterValues> = {
    form,
    initialValues,
    layout: "horizontal",
    labelCol: { flex: "72px" },
    colon: false,
    onValuesChange: (_changed, all) => setValues(all),
  };

  const reset = () => {
    form.resetFields();
    setValues(initialValues);
  };

  /** Whether anything differs from the defaults (enables 重置). */
  const changed = filterKey(toVolunteerFilter(values)) !== filterKey(toVolunteerFilter(initialValues));

  return { formProps, filter, reset, changed };
}
