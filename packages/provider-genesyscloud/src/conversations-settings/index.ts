// https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/conversations_settings
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface ConversationsSettingsConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/conversations_settings#allow_callback_queue_selection ConversationsSettings#allow_callback_queue_selection}
  */
  readonly allowCallbackQueueSelection?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/conversations_settings#callbacks_inherit_routing_from_inbound_call ConversationsSettings#callbacks_inherit_routing_from_inbound_call}
  */
  readonly callbacksInheritRoutingFromInboundCall?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/conversations_settings#communication_based_acw ConversationsSettings#communication_based_acw}
  */
  readonly communicationBasedAcw?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/conversations_settings#complete_acw_when_agent_transitions_offline ConversationsSettings#complete_acw_when_agent_transitions_offline}
  */
  readonly completeAcwWhenAgentTransitionsOffline?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/conversations_settings#id ConversationsSettings#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/conversations_settings#include_non_agent_conversation_summary ConversationsSettings#include_non_agent_conversation_summary}
  */
  readonly includeNonAgentConversationSummary?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/conversations_settings#total_active_callback ConversationsSettings#total_active_callback}
  */
  readonly totalActiveCallback?: boolean | cdktf.IResolvable;
}

/**
* Represents a {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/conversations_settings genesyscloud_conversations_settings}
*/
export class ConversationsSettings extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "genesyscloud_conversations_settings";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a ConversationsSettings resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the ConversationsSettings to import
  * @param importFromId The id of the existing ConversationsSettings that should be imported. Refer to the {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/conversations_settings#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the ConversationsSettings to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "genesyscloud_conversations_settings", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/conversations_settings genesyscloud_conversations_settings} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ConversationsSettingsConfig = {}
  */
  public constructor(scope: Construct, id: string, config: ConversationsSettingsConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'genesyscloud_conversations_settings',
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
    this._allowCallbackQueueSelection = config.allowCallbackQueueSelection;
    this._callbacksInheritRoutingFromInboundCall = config.callbacksInheritRoutingFromInboundCall;
    this._communicationBasedAcw = config.communicationBasedAcw;
    this._completeAcwWhenAgentTransitionsOffline = config.completeAcwWhenAgentTransitionsOffline;
    this._id = config.id;
    this._includeNonAgentConversationSummary = config.includeNonAgentConversationSummary;
    this._totalActiveCallback = config.totalActiveCallback;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // allow_callback_queue_selection - computed: true, optional: true, required: false
  private _allowCallbackQueueSelection?: boolean | cdktf.IResolvable; 
  public get allowCallbackQueueSelection() {
    return this.getBooleanAttribute('allow_callback_queue_selection');
  }
  public set allowCallbackQueueSelection(value: boolean | cdktf.IResolvable) {
    this._allowCallbackQueueSelection = value;
  }
  public resetAllowCallbackQueueSelection() {
    this._allowCallbackQueueSelection = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowCallbackQueueSelectionInput() {
    return this._allowCallbackQueueSelection;
  }

  // callbacks_inherit_routing_from_inbound_call - computed: true, optional: true, required: false
  private _callbacksInheritRoutingFromInboundCall?: boolean | cdktf.IResolvable; 
  public get callbacksInheritRoutingFromInboundCall() {
    return this.getBooleanAttribute('callbacks_inherit_routing_from_inbound_call');
  }
  public set callbacksInheritRoutingFromInboundCall(value: boolean | cdktf.IResolvable) {
    this._callbacksInheritRoutingFromInboundCall = value;
  }
  public resetCallbacksInheritRoutingFromInboundCall() {
    this._callbacksInheritRoutingFromInboundCall = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get callbacksInheritRoutingFromInboundCallInput() {
    return this._callbacksInheritRoutingFromInboundCall;
  }

  // communication_based_acw - computed: true, optional: true, required: false
  private _communicationBasedAcw?: boolean | cdktf.IResolvable; 
  public get communicationBasedAcw() {
    return this.getBooleanAttribute('communication_based_acw');
  }
  public set communicationBasedAcw(value: boolean | cdktf.IResolvable) {
    this._communicationBasedAcw = value;
  }
  public resetCommunicationBasedAcw() {
    this._communicationBasedAcw = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get communicationBasedAcwInput() {
    return this._communicationBasedAcw;
  }

  // complete_acw_when_agent_transitions_offline - computed: true, optional: true, required: false
  private _completeAcwWhenAgentTransitionsOffline?: boolean | cdktf.IResolvable; 
  public get completeAcwWhenAgentTransitionsOffline() {
    return this.getBooleanAttribute('complete_acw_when_agent_transitions_offline');
  }
  public set completeAcwWhenAgentTransitionsOffline(value: boolean | cdktf.IResolvable) {
    this._completeAcwWhenAgentTransitionsOffline = value;
  }
  public resetCompleteAcwWhenAgentTransitionsOffline() {
    this._completeAcwWhenAgentTransitionsOffline = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get completeAcwWhenAgentTransitionsOfflineInput() {
    return this._completeAcwWhenAgentTransitionsOffline;
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

  // include_non_agent_conversation_summary - computed: true, optional: true, required: false
  private _includeNonAgentConversationSummary?: boolean | cdktf.IResolvable; 
  public get includeNonAgentConversationSummary() {
    return this.getBooleanAttribute('include_non_agent_conversation_summary');
  }
  public set includeNonAgentConversationSummary(value: boolean | cdktf.IResolvable) {
    this._includeNonAgentConversationSummary = value;
  }
  public resetIncludeNonAgentConversationSummary() {
    this._includeNonAgentConversationSummary = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get includeNonAgentConversationSummaryInput() {
    return this._includeNonAgentConversationSummary;
  }

  // total_active_callback - computed: true, optional: true, required: false
  private _totalActiveCallback?: boolean | cdktf.IResolvable; 
  public get totalActiveCallback() {
    return this.getBooleanAttribute('total_active_callback');
  }
  public set totalActiveCallback(value: boolean | cdktf.IResolvable) {
    this._totalActiveCallback = value;
  }
  public resetTotalActiveCallback() {
    this._totalActiveCallback = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get totalActiveCallbackInput() {
    return this._totalActiveCallback;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      allow_callback_queue_selection: cdktf.booleanToTerraform(this._allowCallbackQueueSelection),
      callbacks_inherit_routing_from_inbound_call: cdktf.booleanToTerraform(this._callbacksInheritRoutingFromInboundCall),
      communication_based_acw: cdktf.booleanToTerraform(this._communicationBasedAcw),
      complete_acw_when_agent_transitions_offline: cdktf.booleanToTerraform(this._completeAcwWhenAgentTransitionsOffline),
      id: cdktf.stringToTerraform(this._id),
      include_non_agent_conversation_summary: cdktf.booleanToTerraform(this._includeNonAgentConversationSummary),
      total_active_callback: cdktf.booleanToTerraform(this._totalActiveCallback),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      allow_callback_queue_selection: {
        value: cdktf.booleanToHclTerraform(this._allowCallbackQueueSelection),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      callbacks_inherit_routing_from_inbound_call: {
        value: cdktf.booleanToHclTerraform(this._callbacksInheritRoutingFromInboundCall),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      communication_based_acw: {
        value: cdktf.booleanToHclTerraform(this._communicationBasedAcw),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      complete_acw_when_agent_transitions_offline: {
        value: cdktf.booleanToHclTerraform(this._completeAcwWhenAgentTransitionsOffline),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      include_non_agent_conversation_summary: {
        value: cdktf.booleanToHclTerraform(this._includeNonAgentConversationSummary),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      total_active_callback: {
        value: cdktf.booleanToHclTerraform(this._totalActiveCallback),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
