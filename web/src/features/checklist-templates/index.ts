export { ChecklistTemplatesPage } from './components/checklist-templates-page';
export { TemplateEditPage } from './components/template-edit-page';
