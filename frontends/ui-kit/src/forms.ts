// @crm/ui-kit/forms — what a page's first rows never need: forms and their pickers, dialogs, and the
// detail views (descriptions, timelines, progress) opened from a row. A second shared entry, like
// ./charts: the kit the shell loads before the first page leaves out these ~70 KiB gz (antd's form
// store and validator, the date picker, the dialog, the timeline and its steps), and a page that
// opens a form loads them once for every remote. The antd theme and ConfigProvider context are the
// main kit's: both entries are built into the shell from the same modules.
export { DatePicker, Descriptions, Form, Modal, Popconfirm, Progress, Timeline } from 'antd';
export type { DescriptionsProps, FormInstance, FormRule, TimelineItemProps } from 'antd';
export { CalendarDatePicker, type CalendarDatePickerProps } from './calendar-date-picker';
