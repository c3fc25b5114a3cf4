// https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/intents_customerintents
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface IntentsCustomerintentsConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/intents_customerintents#category_id IntentsCustomerintents#category_id}
  */
  readonly categoryId: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/intents_customerintents#description IntentsCustomerintents#description}
  */
  readonly description: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/intents_customerintents#expiry_time IntentsCustomerintents#expiry_time}
  */
  readonly expiryTime: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/intents_customerintents#id IntentsCustomerintents#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/intents_customerintents#name IntentsCustomerintents#name}
  */
  readonly name: string;
  /**
  * source_intents block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/intents_customerintents#source_intents IntentsCustomerintents#source_intents}
  */
  readonly sourceIntents?: IntentsCustomerintentsSourceIntents[] | cdktf.IResolvable;
}
export interface IntentsCustomerintentsSourceIntents {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/intents_customerintents#source_id IntentsCustomerintents#source_id}
  */
  readonly sourceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/intents_customerintents#source_intent_id IntentsCustomerintents#source_intent_id}
  */
  readonly sourceIntentId: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/intents_customerintents#source_intent_name IntentsCustomerintents#source_intent_name}
  */
  readonly sourceIntentName: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/intents_customerintents#source_name IntentsCustomerintents#source_name}
  */
  readonly sourceName?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/intents_customerintents#source_type IntentsCustomerintents#source_type}
  */
  readonly sourceType: string;
}

export function intentsCustomerintentsSourceIntentsToTerraform(struct?: IntentsCustomerintentsSourceIntents | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    source_id: cdktf.stringToTerraform(struct!.sourceId),
    source_intent_id: cdktf.stringToTerraform(struct!.sourceIntentId),
    source_intent_name: cdktf.stringToTerraform(struct!.sourceIntentName),
    source_name: cdktf.stringToTerraform(struct!.sourceName),
    source_type: cdktf.stringToTerraform(struct!.sourceType),
  }
}


export function intentsCustomerintentsSourceIntentsToHclTerraform(struct?: IntentsCustomerintentsSourceIntents | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    source_id: {
      value: cdktf.stringToHclTerraform(struct!.sourceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    source_intent_id: {
      value: cdktf.stringToHclTerraform(struct!.sourceIntentId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    source_intent_name: {
      value: cdktf.stringToHclTerraform(struct!.sourceIntentName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    source_name: {
      value: cdktf.stringToHclTerraform(struct!.sourceName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    source_type: {
      value: cdktf.stringToHclTerraform(struct!.sourceType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class IntentsCustomerintentsSourceIntentsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): IntentsCustomerintentsSourceIntents | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._sourceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceId = this._sourceId;
    }
    if (this._sourceIntentId !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceIntentId = this._sourceIntentId;
    }
    if (this._sourceIntentName !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceIntentName = this._sourceIntentName;
    }
    if (this._sourceName !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceName = this._sourceName;
    }
    if (this._sourceType !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceType = this._sourceType;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: IntentsCustomerintentsSourceIntents | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._sourceId = undefined;
      this._sourceIntentId = undefined;
      this._sourceIntentName = undefined;
      this._sourceName = undefined;
      this._sourceType = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._sourceId = value.sourceId;
      this._sourceIntentId = value.sourceIntentId;
      this._sourceIntentName = value.sourceIntentName;
      this._sourceName = value.sourceName;
      this._sourceType = value.sourceType;
    }
  }

  // source_id - computed: false, optional: true, required: false
  private _sourceId?: string; 
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }
  public set sourceId(value: string) {
    this._sourceId = value;
  }
  public resetSourceId() {
    this._sourceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceIdInput() {
    return this._sourceId;
  }

  // source_intent_id - computed: false, optional: false, required: true
  private _sourceIntentId?: string; 
  public get sourceIntentId() {
    return this.getStringAttribute('source_intent_id');
  }
  public set sourceIntentId(value: string) {
    this._sourceIntentId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceIntentIdInput() {
    return this._sourceIntentId;
  }

  // source_intent_name - computed: false, optional: false, required: true
  private _sourceIntentName?: string; 
  public get sourceIntentName() {
    return this.getStringAttribute('source_intent_name');
  }
  public set sourceIntentName(value: string) {
    this._sourceIntentName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceIntentNameInput() {
    return this._sourceIntentName;
  }

  // source_name - computed: false, optional: true, required: false
  private _sourceName?: string; 
  public get sourceName() {
    return this.getStringAttribute('source_name');
  }
  public set sourceName(value: string) {
    this._sourceName = value;
  }
  public resetSourceName() {
    this._sourceName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceNameInput() {
    return this._sourceName;
  }

  // source_type - computed: false, optional: false, required: true
  private _sourceType?: string; 
  public get sourceType() {
    return this.getStringAttribute('source_type');
  }
  public set sourceType(value: string) {
    this._sourceType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceTypeInput() {
    return this._sourceType;
  }
}

export class IntentsCustomerintentsSourceIntentsList extends cdktf.ComplexList {
  public internalValue? : IntentsCustomerintentsSourceIntents[] | cdktf.IResolvable

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
  public get(index: number): IntentsCustomerintentsSourceIntentsOutputReference {
    return new IntentsCustomerintentsSourceIntentsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/intents_customerintents genesyscloud_intents_customerintents}
*/
export class IntentsCustomerintents extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "genesyscloud_intents_customerintents";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a IntentsCustomerintents resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the IntentsCustomerintents to import
  * @param importFromId The id of the existing IntentsCustomerintents that should be imported. Refer to the {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/intents_customerintents#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the IntentsCustomerintents to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "genesyscloud_intents_customerintents", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/intents_customerintents genesyscloud_intents_customerintents} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options IntentsCustomerintentsConfig
  */
  public constructor(scope: Construct, id: string, config: IntentsCustomerintentsConfig) {
    super(scope, id, {
      terraformResourceType: 'genesyscloud_intents_customerintents',
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
    this._categoryId = config.categoryId;
    this._description = config.description;
    this._expiryTime = config.expiryTime;
    this._id = config.id;
    this._name = config.name;
    this._sourceIntents.internalValue = config.sourceIntents;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // category_id - computed: false, optional: false, required: true
  private _categoryId?: string; 
  public get categoryId() {
    return this.getStringAttribute('category_id');
  }
  public set categoryId(value: string) {
    this._categoryId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get categoryIdInput() {
    return this._categoryId;
  }

  // description - computed: false, optional: false, required: true
  private _description?: string; 
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
  }
  // Temporarily expose input value. Use with caution.
  public get descriptionInput() {
    return this._description;
  }

  // expiry_time - computed: false, optional: false, required: true
  private _expiryTime?: number; 
  public get expiryTime() {
    return this.getNumberAttribute('expiry_time');
  }
  public set expiryTime(value: number) {
    this._expiryTime = value;
  }
  // Temporarily expose input value. Use with caution.
  public get expiryTimeInput() {
    return this._expiryTime;
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

  // source_intents - computed: false, optional: true, required: false
  private _sourceIntents = new IntentsCustomerintentsSourceIntentsList(this, "source_intents", true);
  public get sourceIntents() {
    return this._sourceIntents;
  }
  public putSourceIntents(value: IntentsCustomerintentsSourceIntents[] | cdktf.IResolvable) {
    this._sourceIntents.internalValue = value;
  }
  public resetSourceIntents() {
    this._sourceIntents.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceIntentsInput() {
    return this._sourceIntents.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      category_id: cdktf.stringToTerraform(this._categoryId),
      description: cdktf.stringToTerraform(this._description),
      expiry_time: cdktf.numberToTerraform(this._expiryTime),
      id: cdktf.stringToTerraform(this._id),
      name: cdktf.stringToTerraform(this._name),
      source_intents: cdktf.listMapper(intentsCustomerintentsSourceIntentsToTerraform, true)(this._sourceIntents.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      category_id: {
        value: cdktf.stringToHclTerraform(this._categoryId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      expiry_time: {
        value: cdktf.numberToHclTerraform(this._expiryTime),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
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
      source_intents: {
        value: cdktf.listMapperHcl(intentsCustomerintentsSourceIntentsToHclTerraform, true)(this._sourceIntents.internalValue),
        isBlock: true,
        type: "set",
        storageClassType: "IntentsCustomerintentsSourceIntentsList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
