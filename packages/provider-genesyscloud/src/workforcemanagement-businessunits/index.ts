// https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/workforcemanagement_businessunits
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface WorkforcemanagementBusinessunitsConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/workforcemanagement_businessunits#division_id WorkforcemanagementBusinessunits#division_id}
  */
  readonly divisionId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/workforcemanagement_businessunits#id WorkforcemanagementBusinessunits#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/workforcemanagement_businessunits#name WorkforcemanagementBusinessunits#name}
  */
  readonly name: string;
  /**
  * settings block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/workforcemanagement_businessunits#settings WorkforcemanagementBusinessunits#settings}
  */
  readonly settings: WorkforcemanagementBusinessunitsSettings;
}
export interface WorkforcemanagementBusinessunitsSettingsMetadata {
}

export function workforcemanagementBusinessunitsSettingsMetadataToTerraform(struct?: WorkforcemanagementBusinessunitsSettingsMetadata): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function workforcemanagementBusinessunitsSettingsMetadataToHclTerraform(struct?: WorkforcemanagementBusinessunitsSettingsMetadata): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class WorkforcemanagementBusinessunitsSettingsMetadataOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): WorkforcemanagementBusinessunitsSettingsMetadata | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: WorkforcemanagementBusinessunitsSettingsMetadata | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // version - computed: true, optional: false, required: false
  public get version() {
    return this.getNumberAttribute('version');
  }
}

export class WorkforcemanagementBusinessunitsSettingsMetadataList extends cdktf.ComplexList {

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): WorkforcemanagementBusinessunitsSettingsMetadataOutputReference {
    return new WorkforcemanagementBusinessunitsSettingsMetadataOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface WorkforcemanagementBusinessunitsSettingsSchedulingMessageSeverities {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/workforcemanagement_businessunits#severity WorkforcemanagementBusinessunits#severity}
  */
  readonly severity?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/workforcemanagement_businessunits#type WorkforcemanagementBusinessunits#type}
  */
  readonly type?: string;
}

export function workforcemanagementBusinessunitsSettingsSchedulingMessageSeveritiesToTerraform(struct?: WorkforcemanagementBusinessunitsSettingsSchedulingMessageSeverities | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    severity: cdktf.stringToTerraform(struct!.severity),
    type: cdktf.stringToTerraform(struct!.type),
  }
}


export function workforcemanagementBusinessunitsSettingsSchedulingMessageSeveritiesToHclTerraform(struct?: WorkforcemanagementBusinessunitsSettingsSchedulingMessageSeverities | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    severity: {
      value: cdktf.stringToHclTerraform(struct!.severity),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    type: {
      value: cdktf.stringToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class WorkforcemanagementBusinessunitsSettingsSchedulingMessageSeveritiesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): WorkforcemanagementBusinessunitsSettingsSchedulingMessageSeverities | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._severity !== undefined) {
      hasAnyValues = true;
      internalValueResult.severity = this._severity;
    }
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: WorkforcemanagementBusinessunitsSettingsSchedulingMessageSeverities | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._severity = undefined;
      this._type = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._severity = value.severity;
      this._type = value.type;
    }
  }

  // severity - computed: false, optional: true, required: false
  private _severity?: string; 
  public get severity() {
    return this.getStringAttribute('severity');
  }
  public set severity(value: string) {
    this._severity = value;
  }
  public resetSeverity() {
    this._severity = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get severityInput() {
    return this._severity;
  }

  // type - computed: false, optional: true, required: false
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  public resetType() {
    this._type = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }
}

export class WorkforcemanagementBusinessunitsSettingsSchedulingMessageSeveritiesList extends cdktf.ComplexList {
  public internalValue? : WorkforcemanagementBusinessunitsSettingsSchedulingMessageSeverities[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): WorkforcemanagementBusinessunitsSettingsSchedulingMessageSeveritiesOutputReference {
    return new WorkforcemanagementBusinessunitsSettingsSchedulingMessageSeveritiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactAbandonRate {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/workforcemanagement_businessunits#decrease_by_percent WorkforcemanagementBusinessunits#decrease_by_percent}
  */
  readonly decreaseByPercent: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/workforcemanagement_businessunits#increase_by_percent WorkforcemanagementBusinessunits#increase_by_percent}
  */
  readonly increaseByPercent: number;
}

export function workforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactAbandonRateToTerraform(struct?: WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactAbandonRateOutputReference | WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactAbandonRate): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    decrease_by_percent: cdktf.numberToTerraform(struct!.decreaseByPercent),
    increase_by_percent: cdktf.numberToTerraform(struct!.increaseByPercent),
  }
}


export function workforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactAbandonRateToHclTerraform(struct?: WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactAbandonRateOutputReference | WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactAbandonRate): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    decrease_by_percent: {
      value: cdktf.numberToHclTerraform(struct!.decreaseByPercent),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    increase_by_percent: {
      value: cdktf.numberToHclTerraform(struct!.increaseByPercent),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactAbandonRateOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactAbandonRate | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._decreaseByPercent !== undefined) {
      hasAnyValues = true;
      internalValueResult.decreaseByPercent = this._decreaseByPercent;
    }
    if (this._increaseByPercent !== undefined) {
      hasAnyValues = true;
      internalValueResult.increaseByPercent = this._increaseByPercent;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactAbandonRate | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._decreaseByPercent = undefined;
      this._increaseByPercent = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._decreaseByPercent = value.decreaseByPercent;
      this._increaseByPercent = value.increaseByPercent;
    }
  }

  // decrease_by_percent - computed: false, optional: false, required: true
  private _decreaseByPercent?: number; 
  public get decreaseByPercent() {
    return this.getNumberAttribute('decrease_by_percent');
  }
  public set decreaseByPercent(value: number) {
    this._decreaseByPercent = value;
  }
  // Temporarily expose input value. Use with caution.
  public get decreaseByPercentInput() {
    return this._decreaseByPercent;
  }

  // increase_by_percent - computed: false, optional: false, required: true
  private _increaseByPercent?: number; 
  public get increaseByPercent() {
    return this.getNumberAttribute('increase_by_percent');
  }
  public set increaseByPercent(value: number) {
    this._increaseByPercent = value;
  }
  // Temporarily expose input value. Use with caution.
  public get increaseByPercentInput() {
    return this._increaseByPercent;
  }
}
export interface WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactAverageSpeedOfAnswer {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/workforcemanagement_businessunits#decrease_by_percent WorkforcemanagementBusinessunits#decrease_by_percent}
  */
  readonly decreaseByPercent: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/workforcemanagement_businessunits#increase_by_percent WorkforcemanagementBusinessunits#increase_by_percent}
  */
  readonly increaseByPercent: number;
}

export function workforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactAverageSpeedOfAnswerToTerraform(struct?: WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactAverageSpeedOfAnswerOutputReference | WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactAverageSpeedOfAnswer): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    decrease_by_percent: cdktf.numberToTerraform(struct!.decreaseByPercent),
    increase_by_percent: cdktf.numberToTerraform(struct!.increaseByPercent),
  }
}


export function workforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactAverageSpeedOfAnswerToHclTerraform(struct?: WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactAverageSpeedOfAnswerOutputReference | WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactAverageSpeedOfAnswer): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    decrease_by_percent: {
      value: cdktf.numberToHclTerraform(struct!.decreaseByPercent),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    increase_by_percent: {
      value: cdktf.numberToHclTerraform(struct!.increaseByPercent),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactAverageSpeedOfAnswerOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactAverageSpeedOfAnswer | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._decreaseByPercent !== undefined) {
      hasAnyValues = true;
      internalValueResult.decreaseByPercent = this._decreaseByPercent;
    }
    if (this._increaseByPercent !== undefined) {
      hasAnyValues = true;
      internalValueResult.increaseByPercent = this._increaseByPercent;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactAverageSpeedOfAnswer | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._decreaseByPercent = undefined;
      this._increaseByPercent = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._decreaseByPercent = value.decreaseByPercent;
      this._increaseByPercent = value.increaseByPercent;
    }
  }

  // decrease_by_percent - computed: false, optional: false, required: true
  private _decreaseByPercent?: number; 
  public get decreaseByPercent() {
    return this.getNumberAttribute('decrease_by_percent');
  }
  public set decreaseByPercent(value: number) {
    this._decreaseByPercent = value;
  }
  // Temporarily expose input value. Use with caution.
  public get decreaseByPercentInput() {
    return this._decreaseByPercent;
  }

  // increase_by_percent - computed: false, optional: false, required: true
  private _increaseByPercent?: number; 
  public get increaseByPercent() {
    return this.getNumberAttribute('increase_by_percent');
  }
  public set increaseByPercent(value: number) {
    this._increaseByPercent = value;
  }
  // Temporarily expose input value. Use with caution.
  public get increaseByPercentInput() {
    return this._increaseByPercent;
  }
}
export interface WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactServiceLevel {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/workforcemanagement_businessunits#decrease_by_percent WorkforcemanagementBusinessunits#decrease_by_percent}
  */
  readonly decreaseByPercent: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/workforcemanagement_businessunits#increase_by_percent WorkforcemanagementBusinessunits#increase_by_percent}
  */
  readonly increaseByPercent: number;
}

export function workforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactServiceLevelToTerraform(struct?: WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactServiceLevelOutputReference | WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactServiceLevel): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    decrease_by_percent: cdktf.numberToTerraform(struct!.decreaseByPercent),
    increase_by_percent: cdktf.numberToTerraform(struct!.increaseByPercent),
  }
}


export function workforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactServiceLevelToHclTerraform(struct?: WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactServiceLevelOutputReference | WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactServiceLevel): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    decrease_by_percent: {
      value: cdktf.numberToHclTerraform(struct!.decreaseByPercent),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    increase_by_percent: {
      value: cdktf.numberToHclTerraform(struct!.increaseByPercent),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactServiceLevelOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactServiceLevel | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._decreaseByPercent !== undefined) {
      hasAnyValues = true;
      internalValueResult.decreaseByPercent = this._decreaseByPercent;
    }
    if (this._increaseByPercent !== undefined) {
      hasAnyValues = true;
      internalValueResult.increaseByPercent = this._increaseByPercent;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactServiceLevel | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._decreaseByPercent = undefined;
      this._increaseByPercent = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._decreaseByPercent = value.decreaseByPercent;
      this._increaseByPercent = value.increaseByPercent;
    }
  }

  // decrease_by_percent - computed: false, optional: false, required: true
  private _decreaseByPercent?: number; 
  public get decreaseByPercent() {
    return this.getNumberAttribute('decrease_by_percent');
  }
  public set decreaseByPercent(value: number) {
    this._decreaseByPercent = value;
  }
  // Temporarily expose input value. Use with caution.
  public get decreaseByPercentInput() {
    return this._decreaseByPercent;
  }

  // increase_by_percent - computed: false, optional: false, required: true
  private _increaseByPercent?: number; 
  public get increaseByPercent() {
    return this.getNumberAttribute('increase_by_percent');
  }
  public set increaseByPercent(value: number) {
    this._increaseByPercent = value;
  }
  // Temporarily expose input value. Use with caution.
  public get increaseByPercentInput() {
    return this._increaseByPercent;
  }
}
export interface WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpact {
  /**
  * abandon_rate block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/workforcemanagement_businessunits#abandon_rate WorkforcemanagementBusinessunits#abandon_rate}
  */
  readonly abandonRate: WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactAbandonRate;
  /**
  * average_speed_of_answer block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/workforcemanagement_businessunits#average_speed_of_answer WorkforcemanagementBusinessunits#average_speed_of_answer}
  */
  readonly averageSpeedOfAnswer: WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactAverageSpeedOfAnswer;
  /**
  * service_level block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/workforcemanagement_businessunits#service_level WorkforcemanagementBusinessunits#service_level}
  */
  readonly serviceLevel: WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactServiceLevel;
}

export function workforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactToTerraform(struct?: WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactOutputReference | WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpact): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    abandon_rate: workforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactAbandonRateToTerraform(struct!.abandonRate),
    average_speed_of_answer: workforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactAverageSpeedOfAnswerToTerraform(struct!.averageSpeedOfAnswer),
    service_level: workforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactServiceLevelToTerraform(struct!.serviceLevel),
  }
}


export function workforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactToHclTerraform(struct?: WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactOutputReference | WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpact): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    abandon_rate: {
      value: workforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactAbandonRateToHclTerraform(struct!.abandonRate),
      isBlock: true,
      type: "list",
      storageClassType: "WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactAbandonRateList",
    },
    average_speed_of_answer: {
      value: workforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactAverageSpeedOfAnswerToHclTerraform(struct!.averageSpeedOfAnswer),
      isBlock: true,
      type: "list",
      storageClassType: "WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactAverageSpeedOfAnswerList",
    },
    service_level: {
      value: workforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactServiceLevelToHclTerraform(struct!.serviceLevel),
      isBlock: true,
      type: "list",
      storageClassType: "WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactServiceLevelList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpact | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._abandonRate?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.abandonRate = this._abandonRate?.internalValue;
    }
    if (this._averageSpeedOfAnswer?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.averageSpeedOfAnswer = this._averageSpeedOfAnswer?.internalValue;
    }
    if (this._serviceLevel?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.serviceLevel = this._serviceLevel?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpact | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._abandonRate.internalValue = undefined;
      this._averageSpeedOfAnswer.internalValue = undefined;
      this._serviceLevel.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._abandonRate.internalValue = value.abandonRate;
      this._averageSpeedOfAnswer.internalValue = value.averageSpeedOfAnswer;
      this._serviceLevel.internalValue = value.serviceLevel;
    }
  }

  // abandon_rate - computed: false, optional: false, required: true
  private _abandonRate = new WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactAbandonRateOutputReference(this, "abandon_rate");
  public get abandonRate() {
    return this._abandonRate;
  }
  public putAbandonRate(value: WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactAbandonRate) {
    this._abandonRate.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get abandonRateInput() {
    return this._abandonRate.internalValue;
  }

  // average_speed_of_answer - computed: false, optional: false, required: true
  private _averageSpeedOfAnswer = new WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactAverageSpeedOfAnswerOutputReference(this, "average_speed_of_answer");
  public get averageSpeedOfAnswer() {
    return this._averageSpeedOfAnswer;
  }
  public putAverageSpeedOfAnswer(value: WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactAverageSpeedOfAnswer) {
    this._averageSpeedOfAnswer.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get averageSpeedOfAnswerInput() {
    return this._averageSpeedOfAnswer.internalValue;
  }

  // service_level - computed: false, optional: false, required: true
  private _serviceLevel = new WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactServiceLevelOutputReference(this, "service_level");
  public get serviceLevel() {
    return this._serviceLevel;
  }
  public putServiceLevel(value: WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactServiceLevel) {
    this._serviceLevel.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceLevelInput() {
    return this._serviceLevel.internalValue;
  }
}
export interface WorkforcemanagementBusinessunitsSettingsScheduling {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/workforcemanagement_businessunits#allow_work_plan_per_minute_granularity WorkforcemanagementBusinessunits#allow_work_plan_per_minute_granularity}
  */
  readonly allowWorkPlanPerMinuteGranularity?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/workforcemanagement_businessunits#sync_time_off_properties WorkforcemanagementBusinessunits#sync_time_off_properties}
  */
  readonly syncTimeOffProperties?: string[];
  /**
  * message_severities block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/workforcemanagement_businessunits#message_severities WorkforcemanagementBusinessunits#message_severities}
  */
  readonly messageSeverities?: WorkforcemanagementBusinessunitsSettingsSchedulingMessageSeverities[] | cdktf.IResolvable;
  /**
  * service_goal_impact block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/workforcemanagement_businessunits#service_goal_impact WorkforcemanagementBusinessunits#service_goal_impact}
  */
  readonly serviceGoalImpact?: WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpact;
}

export function workforcemanagementBusinessunitsSettingsSchedulingToTerraform(struct?: WorkforcemanagementBusinessunitsSettingsSchedulingOutputReference | WorkforcemanagementBusinessunitsSettingsScheduling): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    allow_work_plan_per_minute_granularity: cdktf.booleanToTerraform(struct!.allowWorkPlanPerMinuteGranularity),
    sync_time_off_properties: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.syncTimeOffProperties),
    message_severities: cdktf.listMapper(workforcemanagementBusinessunitsSettingsSchedulingMessageSeveritiesToTerraform, true)(struct!.messageSeverities),
    service_goal_impact: workforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactToTerraform(struct!.serviceGoalImpact),
  }
}


export function workforcemanagementBusinessunitsSettingsSchedulingToHclTerraform(struct?: WorkforcemanagementBusinessunitsSettingsSchedulingOutputReference | WorkforcemanagementBusinessunitsSettingsScheduling): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    allow_work_plan_per_minute_granularity: {
      value: cdktf.booleanToHclTerraform(struct!.allowWorkPlanPerMinuteGranularity),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    sync_time_off_properties: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.syncTimeOffProperties),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    message_severities: {
      value: cdktf.listMapperHcl(workforcemanagementBusinessunitsSettingsSchedulingMessageSeveritiesToHclTerraform, true)(struct!.messageSeverities),
      isBlock: true,
      type: "list",
      storageClassType: "WorkforcemanagementBusinessunitsSettingsSchedulingMessageSeveritiesList",
    },
    service_goal_impact: {
      value: workforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactToHclTerraform(struct!.serviceGoalImpact),
      isBlock: true,
      type: "list",
      storageClassType: "WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class WorkforcemanagementBusinessunitsSettingsSchedulingOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): WorkforcemanagementBusinessunitsSettingsScheduling | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._allowWorkPlanPerMinuteGranularity !== undefined) {
      hasAnyValues = true;
      internalValueResult.allowWorkPlanPerMinuteGranularity = this._allowWorkPlanPerMinuteGranularity;
    }
    if (this._syncTimeOffProperties !== undefined) {
      hasAnyValues = true;
      internalValueResult.syncTimeOffProperties = this._syncTimeOffProperties;
    }
    if (this._messageSeverities?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.messageSeverities = this._messageSeverities?.internalValue;
    }
    if (this._serviceGoalImpact?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.serviceGoalImpact = this._serviceGoalImpact?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: WorkforcemanagementBusinessunitsSettingsScheduling | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._allowWorkPlanPerMinuteGranularity = undefined;
      this._syncTimeOffProperties = undefined;
      this._messageSeverities.internalValue = undefined;
      this._serviceGoalImpact.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._allowWorkPlanPerMinuteGranularity = value.allowWorkPlanPerMinuteGranularity;
      this._syncTimeOffProperties = value.syncTimeOffProperties;
      this._messageSeverities.internalValue = value.messageSeverities;
      this._serviceGoalImpact.internalValue = value.serviceGoalImpact;
    }
  }

  // allow_work_plan_per_minute_granularity - computed: false, optional: true, required: false
  private _allowWorkPlanPerMinuteGranularity?: boolean | cdktf.IResolvable; 
  public get allowWorkPlanPerMinuteGranularity() {
    return this.getBooleanAttribute('allow_work_plan_per_minute_granularity');
  }
  public set allowWorkPlanPerMinuteGranularity(value: boolean | cdktf.IResolvable) {
    this._allowWorkPlanPerMinuteGranularity = value;
  }
  public resetAllowWorkPlanPerMinuteGranularity() {
    this._allowWorkPlanPerMinuteGranularity = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowWorkPlanPerMinuteGranularityInput() {
    return this._allowWorkPlanPerMinuteGranularity;
  }

  // sync_time_off_properties - computed: false, optional: true, required: false
  private _syncTimeOffProperties?: string[]; 
  public get syncTimeOffProperties() {
    return this.getListAttribute('sync_time_off_properties');
  }
  public set syncTimeOffProperties(value: string[]) {
    this._syncTimeOffProperties = value;
  }
  public resetSyncTimeOffProperties() {
    this._syncTimeOffProperties = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get syncTimeOffPropertiesInput() {
    return this._syncTimeOffProperties;
  }

  // message_severities - computed: false, optional: true, required: false
  private _messageSeverities = new WorkforcemanagementBusinessunitsSettingsSchedulingMessageSeveritiesList(this, "message_severities", false);
  public get messageSeverities() {
    return this._messageSeverities;
  }
  public putMessageSeverities(value: WorkforcemanagementBusinessunitsSettingsSchedulingMessageSeverities[] | cdktf.IResolvable) {
    this._messageSeverities.internalValue = value;
  }
  public resetMessageSeverities() {
    this._messageSeverities.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get messageSeveritiesInput() {
    return this._messageSeverities.internalValue;
  }

  // service_goal_impact - computed: false, optional: true, required: false
  private _serviceGoalImpact = new WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpactOutputReference(this, "service_goal_impact");
  public get serviceGoalImpact() {
    return this._serviceGoalImpact;
  }
  public putServiceGoalImpact(value: WorkforcemanagementBusinessunitsSettingsSchedulingServiceGoalImpact) {
    this._serviceGoalImpact.internalValue = value;
  }
  public resetServiceGoalImpact() {
    this._serviceGoalImpact.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceGoalImpactInput() {
    return this._serviceGoalImpact.internalValue;
  }
}
export interface WorkforcemanagementBusinessunitsSettingsShortTermForecasting {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/workforcemanagement_businessunits#default_history_weeks WorkforcemanagementBusinessunits#default_history_weeks}
  */
  readonly defaultHistoryWeeks?: number;
}

export function workforcemanagementBusinessunitsSettingsShortTermForecastingToTerraform(struct?: WorkforcemanagementBusinessunitsSettingsShortTermForecastingOutputReference | WorkforcemanagementBusinessunitsSettingsShortTermForecasting): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    default_history_weeks: cdktf.numberToTerraform(struct!.defaultHistoryWeeks),
  }
}


export function workforcemanagementBusinessunitsSettingsShortTermForecastingToHclTerraform(struct?: WorkforcemanagementBusinessunitsSettingsShortTermForecastingOutputReference | WorkforcemanagementBusinessunitsSettingsShortTermForecasting): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    default_history_weeks: {
      value: cdktf.numberToHclTerraform(struct!.defaultHistoryWeeks),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class WorkforcemanagementBusinessunitsSettingsShortTermForecastingOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): WorkforcemanagementBusinessunitsSettingsShortTermForecasting | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._defaultHistoryWeeks !== undefined) {
      hasAnyValues = true;
      internalValueResult.defaultHistoryWeeks = this._defaultHistoryWeeks;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: WorkforcemanagementBusinessunitsSettingsShortTermForecasting | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._defaultHistoryWeeks = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._defaultHistoryWeeks = value.defaultHistoryWeeks;
    }
  }

  // default_history_weeks - computed: false, optional: true, required: false
  private _defaultHistoryWeeks?: number; 
  public get defaultHistoryWeeks() {
    return this.getNumberAttribute('default_history_weeks');
  }
  public set defaultHistoryWeeks(value: number) {
    this._defaultHistoryWeeks = value;
  }
  public resetDefaultHistoryWeeks() {
    this._defaultHistoryWeeks = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultHistoryWeeksInput() {
    return this._defaultHistoryWeeks;
  }
}
export interface WorkforcemanagementBusinessunitsSettings {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/workforcemanagement_businessunits#start_day_of_week WorkforcemanagementBusinessunits#start_day_of_week}
  */
  readonly startDayOfWeek: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/workforcemanagement_businessunits#time_zone WorkforcemanagementBusinessunits#time_zone}
  */
  readonly timeZone: string;
  /**
  * scheduling block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/workforcemanagement_businessunits#scheduling WorkforcemanagementBusinessunits#scheduling}
  */
  readonly scheduling?: WorkforcemanagementBusinessunitsSettingsScheduling;
  /**
  * short_term_forecasting block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/workforcemanagement_businessunits#short_term_forecasting WorkforcemanagementBusinessunits#short_term_forecasting}
  */
  readonly shortTermForecasting?: WorkforcemanagementBusinessunitsSettingsShortTermForecasting;
}

export function workforcemanagementBusinessunitsSettingsToTerraform(struct?: WorkforcemanagementBusinessunitsSettingsOutputReference | WorkforcemanagementBusinessunitsSettings): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    start_day_of_week: cdktf.stringToTerraform(struct!.startDayOfWeek),
    time_zone: cdktf.stringToTerraform(struct!.timeZone),
    scheduling: workforcemanagementBusinessunitsSettingsSchedulingToTerraform(struct!.scheduling),
    short_term_forecasting: workforcemanagementBusinessunitsSettingsShortTermForecastingToTerraform(struct!.shortTermForecasting),
  }
}


export function workforcemanagementBusinessunitsSettingsToHclTerraform(struct?: WorkforcemanagementBusinessunitsSettingsOutputReference | WorkforcemanagementBusinessunitsSettings): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    start_day_of_week: {
      value: cdktf.stringToHclTerraform(struct!.startDayOfWeek),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    time_zone: {
      value: cdktf.stringToHclTerraform(struct!.timeZone),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    scheduling: {
      value: workforcemanagementBusinessunitsSettingsSchedulingToHclTerraform(struct!.scheduling),
      isBlock: true,
      type: "list",
      storageClassType: "WorkforcemanagementBusinessunitsSettingsSchedulingList",
    },
    short_term_forecasting: {
      value: workforcemanagementBusinessunitsSettingsShortTermForecastingToHclTerraform(struct!.shortTermForecasting),
      isBlock: true,
      type: "list",
      storageClassType: "WorkforcemanagementBusinessunitsSettingsShortTermForecastingList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class WorkforcemanagementBusinessunitsSettingsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): WorkforcemanagementBusinessunitsSettings | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._startDayOfWeek !== undefined) {
      hasAnyValues = true;
      internalValueResult.startDayOfWeek = this._startDayOfWeek;
    }
    if (this._timeZone !== undefined) {
      hasAnyValues = true;
      internalValueResult.timeZone = this._timeZone;
    }
    if (this._scheduling?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.scheduling = this._scheduling?.internalValue;
    }
    if (this._shortTermForecasting?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.shortTermForecasting = this._shortTermForecasting?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: WorkforcemanagementBusinessunitsSettings | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._startDayOfWeek = undefined;
      this._timeZone = undefined;
      this._scheduling.internalValue = undefined;
      this._shortTermForecasting.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._startDayOfWeek = value.startDayOfWeek;
      this._timeZone = value.timeZone;
      this._scheduling.internalValue = value.scheduling;
      this._shortTermForecasting.internalValue = value.shortTermForecasting;
    }
  }

  // metadata - computed: true, optional: false, required: false
  private _metadata = new WorkforcemanagementBusinessunitsSettingsMetadataList(this, "metadata", false);
  public get metadata() {
    return this._metadata;
  }

  // start_day_of_week - computed: false, optional: false, required: true
  private _startDayOfWeek?: string; 
  public get startDayOfWeek() {
    return this.getStringAttribute('start_day_of_week');
  }
  public set startDayOfWeek(value: string) {
    this._startDayOfWeek = value;
  }
  // Temporarily expose input value. Use with caution.
  public get startDayOfWeekInput() {
    return this._startDayOfWeek;
  }

  // time_zone - computed: false, optional: false, required: true
  private _timeZone?: string; 
  public get timeZone() {
    return this.getStringAttribute('time_zone');
  }
  public set timeZone(value: string) {
    this._timeZone = value;
  }
  // Temporarily expose input value. Use with caution.
  public get timeZoneInput() {
    return this._timeZone;
  }

  // scheduling - computed: false, optional: true, required: false
  private _scheduling = new WorkforcemanagementBusinessunitsSettingsSchedulingOutputReference(this, "scheduling");
  public get scheduling() {
    return this._scheduling;
  }
  public putScheduling(value: WorkforcemanagementBusinessunitsSettingsScheduling) {
    this._scheduling.internalValue = value;
  }
  public resetScheduling() {
    this._scheduling.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get schedulingInput() {
    return this._scheduling.internalValue;
  }

  // short_term_forecasting - computed: false, optional: true, required: false
  private _shortTermForecasting = new WorkforcemanagementBusinessunitsSettingsShortTermForecastingOutputReference(this, "short_term_forecasting");
  public get shortTermForecasting() {
    return this._shortTermForecasting;
  }
  public putShortTermForecasting(value: WorkforcemanagementBusinessunitsSettingsShortTermForecasting) {
    this._shortTermForecasting.internalValue = value;
  }
  public resetShortTermForecasting() {
    this._shortTermForecasting.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get shortTermForecastingInput() {
    return this._shortTermForecasting.internalValue;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/workforcemanagement_businessunits genesyscloud_workforcemanagement_businessunits}
*/
export class WorkforcemanagementBusinessunits extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "genesyscloud_workforcemanagement_businessunits";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a WorkforcemanagementBusinessunits resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the WorkforcemanagementBusinessunits to import
  * @param importFromId The id of the existing WorkforcemanagementBusinessunits that should be imported. Refer to the {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/workforcemanagement_businessunits#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the WorkforcemanagementBusinessunits to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "genesyscloud_workforcemanagement_businessunits", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/workforcemanagement_businessunits genesyscloud_workforcemanagement_businessunits} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options WorkforcemanagementBusinessunitsConfig
  */
  public constructor(scope: Construct, id: string, config: WorkforcemanagementBusinessunitsConfig) {
    super(scope, id, {
      terraformResourceType: 'genesyscloud_workforcemanagement_businessunits',
      terraformGeneratorMetadata: {
        providerName: 'genesyscloud',
        providerVersion: '1.84.1'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._divisionId = config.divisionId;
    this._id = config.id;
    this._name = config.name;
    this._settings.internalValue = config.settings;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // division_id - computed: false, optional: true, required: false
  private _divisionId?: string; 
  public get divisionId() {
    return this.getStringAttribute('division_id');
  }
  public set divisionId(value: string) {
    this._divisionId = value;
  }
  public resetDivisionId() {
    this._divisionId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get divisionIdInput() {
    return this._divisionId;
  }

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // settings - computed: false, optional: false, required: true
  private _settings = new WorkforcemanagementBusinessunitsSettingsOutputReference(this, "settings");
  public get settings() {
    return this._settings;
  }
  public putSettings(value: WorkforcemanagementBusinessunitsSettings) {
    this._settings.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get settingsInput() {
    return this._settings.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      division_id: cdktf.stringToTerraform(this._divisionId),
      id: cdktf.stringToTerraform(this._id),
      name: cdktf.stringToTerraform(this._name),
      settings: workforcemanagementBusinessunitsSettingsToTerraform(this._settings.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      division_id: {
        value: cdktf.stringToHclTerraform(this._divisionId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      settings: {
        value: workforcemanagementBusinessunitsSettingsToHclTerraform(this._settings.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "WorkforcemanagementBusinessunitsSettingsList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
