/** What the list hands the bulk editor it opens: the selection, and a way back. */
export interface BulkEditProps {
  agentIds: string[];
  onClose: () => void;
}
