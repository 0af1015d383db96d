// Everything the searchable selects need, loaded apart from the editor: Mantine's Combobox brings
// Popover, ScrollArea and floating-ui, about a fifth of the editor's first load.
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Pill.css';
import '@mantine/core/styles/PillsInput.css';

export { MultiSelect, Select } from '@mantine/core';
