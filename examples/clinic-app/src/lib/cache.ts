// Cache for hot lookups (SPEC-2 §6). Programs are fine to cache; messages are PHI and must never be.
import { Redis } from 'ioredis';
import { createClient } from '@supabase/supabase-js';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379');
const supabase = createClient(process.env.SUPABASE_URL ?? '', process.env.SUPABASE_ANON_KEY ?? '');

export async function getProgram(id: string) {
  const cached = await redis.get(`program:${id}`);
  if (cached) return JSON.parse(cached);
  const { data } = await supabase.from('programs').select('*').eq('id', id).single();
  if (data) await redis.setex(`program:${id}`, 3600, JSON.stringify(data));
  return data;
}

export async function getRecentMessages(conversationId: string) {
  const { data: messages } = await supabase
    .from('messages')
    .select('*')
    .eq('conversation_id', conversationId)
    .order('created_at', { ascending: false })
    .limit(50);
  const payload = JSON.stringify(messages);
  await redis.set(`recent:${conversationId}`, payload);
  return messages;
}
