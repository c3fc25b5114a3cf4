// generated from terraform resource schema

import { KnowledgeDocumentVariationKnowledgeDocumentVariation, 
knowledgeDocumentVariationKnowledgeDocumentVariationToTerraform, 
knowledgeDocumentVariationKnowledgeDocumentVariationToHclTerraform, 
KnowledgeDocumentVariationKnowledgeDocumentVariationOutputReference} from './index-structs'
export * from './index-structs'
import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface KnowledgeDocumentVariationConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#id KnowledgeDocumentVariation#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#knowledge_base_id KnowledgeDocumentVariation#knowledge_base_id}
  */
  readonly knowledgeBaseId: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#knowledge_document_id KnowledgeDocumentVariation#knowledge_document_id}
  */
  readonly knowledgeDocumentId: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#published KnowledgeDocumentVariation#published}
  */
  readonly published?: boolean | cdktf.IResolvable;
  /**
  * knowledge_document_variation block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#knowledge_document_variation KnowledgeDocumentVariation#knowledge_document_variation}
  */
  readonly knowledgeDocumentVariation: KnowledgeDocumentVariationKnowledgeDocumentVariation;
}

/**
* Represents a {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation genesyscloud_knowledge_document_variation}
*/
export class KnowledgeDocumentVariation extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "genesyscloud_knowledge_document_variation";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a KnowledgeDocumentVariation resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the KnowledgeDocumentVariation to import
  * @param importFromId The id of the existing KnowledgeDocumentVariation that should be imported. Refer to the {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the KnowledgeDocumentVariation to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "genesyscloud_knowledge_document_variation", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation genesyscloud_knowledge_document_variation} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options KnowledgeDocumentVariationConfig
  */
  public constructor(scope: Construct, id: string, config: KnowledgeDocumentVariationConfig) {
    super(scope, id, {
      terraformResourceType: 'genesyscloud_knowledge_document_variation',
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
    this._id = config.id;
    this._knowledgeBaseId = config.knowledgeBaseId;
    this._knowledgeDocumentId = config.knowledgeDocumentId;
    this._published = config.published;
    this._knowledgeDocumentVariation.internalValue = config.knowledgeDocumentVariation;
  }

  // ==========
  // ATTRIBUTES
  // ==========

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

  // knowledge_base_id - computed: false, optional: false, required: true
  private _knowledgeBaseId?: string; 
  public get knowledgeBaseId() {
    return this.getStringAttribute('knowledge_base_id');
  }
  public set knowledgeBaseId(value: string) {
    this._knowledgeBaseId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get knowledgeBaseIdInput() {
    return this._knowledgeBaseId;
  }

  // knowledge_document_id - computed: false, optional: false, required: true
  private _knowledgeDocumentId?: string; 
  public get knowledgeDocumentId() {
    return this.getStringAttribute('knowledge_document_id');
  }
  public set knowledgeDocumentId(value: string) {
    this._knowledgeDocumentId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get knowledgeDocumentIdInput() {
    return this._knowledgeDocumentId;
  }

  // published - computed: false, optional: true, required: false
  private _published?: boolean | cdktf.IResolvable; 
  public get published() {
    return this.getBooleanAttribute('published');
  }
  public set published(value: boolean | cdktf.IResolvable) {
    this._published = value;
  }
  public resetPublished() {
    this._published = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get publishedInput() {
    return this._published;
  }

  // knowledge_document_variation - computed: false, optional: false, required: true
  private _knowledgeDocumentVariation = new KnowledgeDocumentVariationKnowledgeDocumentVariationOutputReference(this, "knowledge_document_variation");
  public get knowledgeDocumentVariation() {
    return this._knowledgeDocumentVariation;
  }
  public putKnowledgeDocumentVariation(value: KnowledgeDocumentVariationKnowledgeDocumentVariation) {
    this._knowledgeDocumentVariation.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get knowledgeDocumentVariationInput() {
    return this._knowledgeDocumentVariation.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      id: cdktf.stringToTerraform(this._id),
      knowledge_base_id: cdktf.stringToTerraform(this._knowledgeBaseId),
      knowledge_document_id: cdktf.stringToTerraform(this._knowledgeDocumentId),
      published: cdktf.booleanToTerraform(this._published),
      knowledge_document_variation: knowledgeDocumentVariationKnowledgeDocumentVariationToTerraform(this._knowledgeDocumentVariation.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      knowledge_base_id: {
        value: cdktf.stringToHclTerraform(this._knowledgeBaseId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      knowledge_document_id: {
        value: cdktf.stringToHclTerraform(this._knowledgeDocumentId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      published: {
        value: cdktf.booleanToHclTerraform(this._published),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      knowledge_document_variation: {
        value: knowledgeDocumentVariationKnowledgeDocumentVariationToHclTerraform(this._knowledgeDocumentVariation.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
