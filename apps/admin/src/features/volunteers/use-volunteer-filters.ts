import { Form, type FormProps } from "antd";
import { useEffect, useMemo, useRef } from "react";
import { useSearchParams } from "react-router";
import type { VolunteerFilter } from "../../gql/graphql";
import { withParams } from "../../shared/url-paging";
import { filterFromParams, filterKey, filterToParams, toVolunteerFilter, type VolunteerFilterValues } from "./volunteer-filter";

const SEARCH_DEBOUNCE_MS = 300;

/**
 * Filter bar state kept in the URL (refine-style: `formProps` spreads onto antd `<Form>`), so
 * reload, Back and shared links keep it. By default the list is the viewer's own region; the
 * search box writes the URL once per typing pause, every other field at once. A change restarts
 * paging at page 1.
 */
export function useVolunteerFilters(defaultRegionCode: string | undefined) {
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm<VolunteerFilterValues>();
  const search = params.toString();
  const values = useMemo(() => filterFromParams(new URLSearchParams(search), defaultRegionCode), [search, defaultRegionCode]);
  const filter: VolunteerFilter = useMemo(() => toVolunteerFilter(values), [values]);
  const typing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // The URL changed from outside the form (Back, a link, 重置): show it.
  const urlKey = filterKey(filter);
  useEffect(() => {
    const current = form.getFieldsValue(true) as VolunteerFilterValues;
    if (filterKey(toVolunteerFilter(current)) !== urlKey) form.setFieldsValue({ ...values, search: values.search ?? "" });
  }, [urlKey, form]); // `values` follows `urlKey`
  useEffect(() => () => clearTimeout(typing.current), []);

  const write = (all: VolunteerFilterValues) =>
    setParams((current) => withParams(current, filterToParams(all, defaultRegionCode)), { replace: true });

  const formProps: FormProps<VolunteerFilterValues> = {
    form,
    initialValues: values,
    layout: "horizontal",
    labelCol: { flex: "72px" },
    colon: false,
    onValuesChange: (changed: Partial<VolunteerFilterValues>, all) => {
      clearTimeout(typing.current);
      if ("search" in changed) typing.current = setTimeout(() => write(all), SEARCH_DEBOUNCE_MS);
      else write(all);
    },
  };

  const defaults: VolunteerFilterValues = { regionCode: defaultRegionCode, certified: "all" };
  const reset = () => {
    clearTimeout(typing.current);
    form.setFieldsValue({ ...defaults, search: "", tier: undefined, certifiedRange: undefined });
    write(defaults);
  };

  /** Whether anything differs from the defaults (enables 重置). */
  const changed = urlKey !== filterKey(toVolunteerFilter(defaults));

  return { formProps, filter, values, reset, changed };
}
