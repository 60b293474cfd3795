import { Injectable } from '@nestjs/common';
import { CrudService } from '../common/crud.service';
import { FileShare } from './file-share.entity';

@Injectable()
export class FileSharesService extends CrudService<FileShare> {
  constructor() {
    super({
      type: 'File share',
      entity: FileShare,
      table: 'file_share',
      search: ['uncPath', 'owningDepartment', 'targetPath'],
      sort: {
        UNC_PATH: 'lower(t.uncPath)',
        DRIVE_LETTER: 't.driveLetter',
        OWNING_DEPARTMENT: 'lower(t.owningDepartment)',
        SIZE_GB: 't.sizeGb',
      },
      defaultSort: 'UNC_PATH',
      scopeProperty: 'tenantId',
      locationProperty: 'locationId',
    });
  }
}
