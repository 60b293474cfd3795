import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import { RequiredId } from '../../common/input.decorators';

@ArgsType()
export class UnassignPrinterArgs {
  @RequiredId()
  personId: string;

  @RequiredId()
  printerId: string;
}

@ArgsType()
export class AssignPrinterArgs extends UnassignPrinterArgs {
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: "Make it the person's default printer (the previous default loses the flag).",
  })
  @IsOptional()
  @IsBoolean()
  isDefault?: boolean;
}
