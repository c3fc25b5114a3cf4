// https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/case_management_caseplan
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface CaseManagementCaseplanConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/case_management_caseplan#default_due_duration_in_seconds CaseManagementCaseplan#default_due_duration_in_seconds}
  */
  readonly defaultDueDurationInSeconds?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/case_management_caseplan#default_ttl_seconds CaseManagementCaseplan#default_ttl_seconds}
  */
  readonly defaultTtlSeconds?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/case_management_caseplan#description CaseManagementCaseplan#description}
  */
  readonly description?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/case_management_caseplan#division_id CaseManagementCaseplan#division_id}
  */
  readonly divisionId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/case_management_caseplan#id CaseManagementCaseplan#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/case_management_caseplan#name CaseManagementCaseplan#name}
  */
  readonly name: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/case_management_caseplan#reference_prefix CaseManagementCaseplan#reference_prefix}
  */
  readonly referencePrefix?: string;
  /**
  * customer_intent block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/case_management_caseplan#customer_intent CaseManagementCaseplan#customer_intent}
  */
  readonly customerIntent?: CaseManagementCaseplanCustomerIntent;
  /**
  * data_schema block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/case_management_caseplan#data_schema CaseManagementCaseplan#data_schema}
  */
  readonly dataSchema: CaseManagementCaseplanDataSchema;
  /**
  * default_case_owner block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/case_management_caseplan#default_case_owner CaseManagementCaseplan#default_case_owner}
  */
  readonly defaultCaseOwner?: CaseManagementCaseplanDefaultCaseOwner;
  /**
  * intake_settings block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/case_management_caseplan#intake_settings CaseManagementCaseplan#intake_settings}
  */
  readonly intakeSettings?: CaseManagementCaseplanIntakeSettings[] | cdktf.IResolvable;
}
export interface CaseManagementCaseplanCustomerIntent {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/case_management_caseplan#id CaseManagementCaseplan#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
}

export function caseManagementCaseplanCustomerIntentToTerraform(struct?: CaseManagementCaseplanCustomerIntentOutputReference | CaseManagementCaseplanCustomerIntent): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    id: cdktf.stringToTerraform(struct!.id),
  }
}


export function caseManagementCaseplanCustomerIntentToHclTerraform(struct?: CaseManagementCaseplanCustomerIntentOutputReference | CaseManagementCaseplanCustomerIntent): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    id: {
      value: cdktf.stringToHclTerraform(struct!.id),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class CaseManagementCaseplanCustomerIntentOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): CaseManagementCaseplanCustomerIntent | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CaseManagementCaseplanCustomerIntent | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._id = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._id = value.id;
    }
  }

  // id - computed: false, optional: true, required: false
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
}
export interface CaseManagementCaseplanDataSchema {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/case_management_caseplan#id CaseManagementCaseplan#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id: string;
}

export function caseManagementCaseplanDataSchemaToTerraform(struct?: CaseManagementCaseplanDataSchemaOutputReference | CaseManagementCaseplanDataSchema): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    id: cdktf.stringToTerraform(struct!.id),
  }
}


export function caseManagementCaseplanDataSchemaToHclTerraform(struct?: CaseManagementCaseplanDataSchemaOutputReference | CaseManagementCaseplanDataSchema): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    id: {
      value: cdktf.stringToHclTerraform(struct!.id),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class CaseManagementCaseplanDataSchemaOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): CaseManagementCaseplanDataSchema | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CaseManagementCaseplanDataSchema | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._id = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._id = value.id;
    }
  }

  // id - computed: false, optional: false, required: true
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }
}
export interface CaseManagementCaseplanDefaultCaseOwner {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/case_management_caseplan#id CaseManagementCaseplan#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
}

export function caseManagementCaseplanDefaultCaseOwnerToTerraform(struct?: CaseManagementCaseplanDefaultCaseOwnerOutputReference | CaseManagementCaseplanDefaultCaseOwner): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    id: cdktf.stringToTerraform(struct!.id),
  }
}


export function caseManagementCaseplanDefaultCaseOwnerToHclTerraform(struct?: CaseManagementCaseplanDefaultCaseOwnerOutputReference | CaseManagementCaseplanDefaultCaseOwner): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    id: {
      value: cdktf.stringToHclTerraform(struct!.id),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class CaseManagementCaseplanDefaultCaseOwnerOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): CaseManagementCaseplanDefaultCaseOwner | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CaseManagementCaseplanDefaultCaseOwner | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._id = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._id = value.id;
    }
  }

  // id - computed: false, optional: true, required: false
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
}
export interface CaseManagementCaseplanIntakeSettings {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/case_management_caseplan#display_order CaseManagementCaseplan#display_order}
  */
  readonly displayOrder?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/case_management_caseplan#property CaseManagementCaseplan#property}
  */
  readonly property: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/case_management_caseplan#required CaseManagementCaseplan#required}
  */
  readonly required?: boolean | cdktf.IResolvable;
}

export function caseManagementCaseplanIntakeSettingsToTerraform(struct?: CaseManagementCaseplanIntakeSettings | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    display_order: cdktf.numberToTerraform(struct!.displayOrder),
    property: cdktf.stringToTerraform(struct!.property),
    required: cdktf.booleanToTerraform(struct!.required),
  }
}


export function caseManagementCaseplanIntakeSettingsToHclTerraform(struct?: CaseManagementCaseplanIntakeSettings | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    display_order: {
      value: cdktf.numberToHclTerraform(struct!.displayOrder),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    property: {
      value: cdktf.stringToHclTerraform(struct!.property),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    required: {
      value: cdktf.booleanToHclTerraform(struct!.required),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class CaseManagementCaseplanIntakeSettingsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): CaseManagementCaseplanIntakeSettings | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._displayOrder !== undefined) {
      hasAnyValues = true;
      internalValueResult.displayOrder = this._displayOrder;
    }
    if (this._property !== undefined) {
      hasAnyValues = true;
      internalValueResult.property = this._property;
    }
    if (this._required !== undefined) {
      hasAnyValues = true;
      internalValueResult.required = this._required;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CaseManagementCaseplanIntakeSettings | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._displayOrder = undefined;
      this._property = undefined;
      this._required = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._displayOrder = value.displayOrder;
      this._property = value.property;
      this._required = value.required;
    }
  }

  // display_order - computed: false, optional: true, required: false
  private _displayOrder?: number; 
  public get displayOrder() {
    return this.getNumberAttribute('display_order');
  }
  public set displayOrder(value: number) {
    this._displayOrder = value;
  }
  public resetDisplayOrder() {
    this._displayOrder = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get displayOrderInput() {
    return this._displayOrder;
  }

  // property - computed: false, optional: false, required: true
  private _property?: string; 
  public get property() {
    return this.getStringAttribute('property');
  }
  public set property(value: string) {
    this._property = value;
  }
  // Temporarily expose input value. Use with caution.
  public get propertyInput() {
    return this._property;
  }

  // required - computed: false, optional: true, required: false
  private _required?: boolean | cdktf.IResolvable; 
  public get required() {
    return this.getBooleanAttribute('required');
  }
  public set required(value: boolean | cdktf.IResolvable) {
    this._required = value;
  }
  public resetRequired() {
    this._required = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get requiredInput() {
    return this._required;
  }
}

export class CaseManagementCaseplanIntakeSettingsList extends cdktf.ComplexList {
  public internalValue? : CaseManagementCaseplanIntakeSettings[] | cdktf.IResolvable

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
  public get(index: number): CaseManagementCaseplanIntakeSettingsOutputReference {
    return new CaseManagementCaseplanIntakeSettingsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/case_management_caseplan genesyscloud_case_management_caseplan}
*/
export class CaseManagementCaseplan extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "genesyscloud_case_management_caseplan";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a CaseManagementCaseplan resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the CaseManagementCaseplan to import
  * @param importFromId The id of the existing CaseManagementCaseplan that should be imported. Refer to the {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/case_management_caseplan#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the CaseManagementCaseplan to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "genesyscloud_case_management_caseplan", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/case_management_caseplan genesyscloud_case_management_caseplan} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options CaseManagementCaseplanConfig
  */
  public constructor(scope: Construct, id: string, config: CaseManagementCaseplanConfig) {
    super(scope, id, {
      terraformResourceType: 'genesyscloud_case_management_caseplan',
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
    this._defaultDueDurationInSeconds = config.defaultDueDurationInSeconds;
    this._defaultTtlSeconds = config.defaultTtlSeconds;
    this._description = config.description;
    this._divisionId = config.divisionId;
    this._id = config.id;
    this._name = config.name;
    this._referencePrefix = config.referencePrefix;
    this._customerIntent.internalValue = config.customerIntent;
    this._dataSchema.internalValue = config.dataSchema;
    this._defaultCaseOwner.internalValue = config.defaultCaseOwner;
    this._intakeSettings.internalValue = config.intakeSettings;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // default_due_duration_in_seconds - computed: false, optional: true, required: false
  private _defaultDueDurationInSeconds?: number; 
  public get defaultDueDurationInSeconds() {
    return this.getNumberAttribute('default_due_duration_in_seconds');
  }
  public set defaultDueDurationInSeconds(value: number) {
    this._defaultDueDurationInSeconds = value;
  }
  public resetDefaultDueDurationInSeconds() {
    this._defaultDueDurationInSeconds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultDueDurationInSecondsInput() {
    return this._defaultDueDurationInSeconds;
  }

  // default_ttl_seconds - computed: false, optional: true, required: false
  private _defaultTtlSeconds?: number; 
  public get defaultTtlSeconds() {
    return this.getNumberAttribute('default_ttl_seconds');
  }
  public set defaultTtlSeconds(value: number) {
    this._defaultTtlSeconds = value;
  }
  public resetDefaultTtlSeconds() {
    this._defaultTtlSeconds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultTtlSecondsInput() {
    return this._defaultTtlSeconds;
  }

  // description - computed: false, optional: true, required: false
  private _description?: string; 
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
  }
  public resetDescription() {
    this._description = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descriptionInput() {
    return this._description;
  }

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

  // reference_prefix - computed: false, optional: true, required: false
  private _referencePrefix?: string; 
  public get referencePrefix() {
    return this.getStringAttribute('reference_prefix');
  }
  public set referencePrefix(value: string) {
    this._referencePrefix = value;
  }
  public resetReferencePrefix() {
    this._referencePrefix = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get referencePrefixInput() {
    return this._referencePrefix;
  }

  // customer_intent - computed: false, optional: true, required: false
  private _customerIntent = new CaseManagementCaseplanCustomerIntentOutputReference(this, "customer_intent");
  public get customerIntent() {
    return this._customerIntent;
  }
  public putCustomerIntent(value: CaseManagementCaseplanCustomerIntent) {
    this._customerIntent.internalValue = value;
  }
  public resetCustomerIntent() {
    this._customerIntent.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get customerIntentInput() {
    return this._customerIntent.internalValue;
  }

  // data_schema - computed: false, optional: false, required: true
  private _dataSchema = new CaseManagementCaseplanDataSchemaOutputReference(this, "data_schema");
  public get dataSchema() {
    return this._dataSchema;
  }
  public putDataSchema(value: CaseManagementCaseplanDataSchema) {
    this._dataSchema.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get dataSchemaInput() {
    return this._dataSchema.internalValue;
  }

  // default_case_owner - computed: false, optional: true, required: false
  private _defaultCaseOwner = new CaseManagementCaseplanDefaultCaseOwnerOutputReference(this, "default_case_owner");
  public get defaultCaseOwner() {
    return this._defaultCaseOwner;
  }
  public putDefaultCaseOwner(value: CaseManagementCaseplanDefaultCaseOwner) {
    this._defaultCaseOwner.internalValue = value;
  }
  public resetDefaultCaseOwner() {
    this._defaultCaseOwner.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultCaseOwnerInput() {
    return this._defaultCaseOwner.internalValue;
  }

  // intake_settings - computed: false, optional: true, required: false
  private _intakeSettings = new CaseManagementCaseplanIntakeSettingsList(this, "intake_settings", false);
  public get intakeSettings() {
    return this._intakeSettings;
  }
  public putIntakeSettings(value: CaseManagementCaseplanIntakeSettings[] | cdktf.IResolvable) {
    this._intakeSettings.internalValue = value;
  }
  public resetIntakeSettings() {
    this._intakeSettings.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get intakeSettingsInput() {
    return this._intakeSettings.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      default_due_duration_in_seconds: cdktf.numberToTerraform(this._defaultDueDurationInSeconds),
      default_ttl_seconds: cdktf.numberToTerraform(this._defaultTtlSeconds),
      description: cdktf.stringToTerraform(this._description),
      division_id: cdktf.stringToTerraform(this._divisionId),
      id: cdktf.stringToTerraform(this._id),
      name: cdktf.stringToTerraform(this._name),
      reference_prefix: cdktf.stringToTerraform(this._referencePrefix),
      customer_intent: caseManagementCaseplanCustomerIntentToTerraform(this._customerIntent.internalValue),
      data_schema: caseManagementCaseplanDataSchemaToTerraform(this._dataSchema.internalValue),
      default_case_owner: caseManagementCaseplanDefaultCaseOwnerToTerraform(this._defaultCaseOwner.internalValue),
      intake_settings: cdktf.listMapper(caseManagementCaseplanIntakeSettingsToTerraform, true)(this._intakeSettings.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      default_due_duration_in_seconds: {
        value: cdktf.numberToHclTerraform(this._defaultDueDurationInSeconds),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      default_ttl_seconds: {
        value: cdktf.numberToHclTerraform(this._defaultTtlSeconds),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
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
      reference_prefix: {
        value: cdktf.stringToHclTerraform(this._referencePrefix),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      customer_intent: {
        value: caseManagementCaseplanCustomerIntentToHclTerraform(this._customerIntent.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "CaseManagementCaseplanCustomerIntentList",
      },
      data_schema: {
        value: caseManagementCaseplanDataSchemaToHclTerraform(this._dataSchema.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "CaseManagementCaseplanDataSchemaList",
      },
      default_case_owner: {
        value: caseManagementCaseplanDefaultCaseOwnerToHclTerraform(this._defaultCaseOwner.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "CaseManagementCaseplanDefaultCaseOwnerList",
      },
      intake_settings: {
        value: cdktf.listMapperHcl(caseManagementCaseplanIntakeSettingsToHclTerraform, true)(this._intakeSettings.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "CaseManagementCaseplanIntakeSettingsList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
