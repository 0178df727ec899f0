import dayjs from 'dayjs';
import { DatePicker, type DatePickerProps } from 'antd';

export type CalendarDatePickerProps = Omit<DatePickerProps, 'value' | 'defaultValue' | 'onChange' | 'picker' | 'showTime' | 'format'> & {
  /** a day of the bank's calendar, 'YYYY-MM-DD' (as the API gives and takes it); null: none */
  value: string | null | undefined;
  onChange?: (value: string | null) => void;
};

/**
 * A date field for a calendar day ('YYYY-MM-DD' in and out, e.g. a policy's effective date): the
 * remotes never handle dayjs objects themselves. A calendar day has no time zone; the portal's
 * instants are shown with `date` / `dateTime` on the bank's clock.
 */
export function CalendarDatePicker({ value, onChange, ...rest }: CalendarDatePickerProps) {
  return (
    <DatePicker
      {...rest}
      format="YYYY-MM-DD"
      value={value ? dayjs(value) : null}
      onChange={(d) => {
        const day = Array.isArray(d) ? d[0] : d; // one day: the picker is not `multiple`
        onChange?.(day ? day.format('YYYY-MM-DD') : null);
      }}
    />
  );
}
