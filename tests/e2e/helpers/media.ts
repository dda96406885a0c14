import fs from 'fs';
import path from 'path';
import { requestJson } from './api';
import type { E2eEnv } from './env';

/** The Media Library's admin API (the routes its screens call), signed in as the suite's admin. */

/** A real PNG (the admin's favicon, 64 × 64), so the upload plugin reads its dimensions and makes no error. */
const PNG = path.join(__dirname, '..', '..', '..', 'favicon.png');

export interface MediaFolder {
  id: number;
  name: string;
}

export interface MediaFile {
  id: number;
  name: string;
}

export interface FileInfo {
  name: string;
  caption?: string;
  alternativeText?: string;
  folder: number | null;
}

export interface MediaApi {
  createFolder(name: string, parent: number | null): Promise<MediaFolder>;
  /** Uploads favicon.png under this name, caption and alternative text, into the folder. */
  uploadPng(info: FileInfo): Promise<MediaFile>;
}

export async function mediaApi(env: E2eEnv): Promise<MediaApi> {
  const login = await requestJson<{ data: { token: string } }>(env, 'POST', '/admin/login', null, {
    email: env.email,
    password: env.password,
  });
  const { token } = login.data;
  return {
    async createFolder(name, parent) {
      const { data } = await requestJson<{ data: MediaFolder }>(env, 'POST', '/upload/folders', token, {
        name,
        parent,
      });
      return { id: data.id, name: data.name };
    },

    async uploadPng(info) {
      // Multipart, as the Media Library's upload dialog sends it: the file and its metadata as JSON.
      const form = new FormData();
      form.append('files', new Blob([fs.readFileSync(PNG)], { type: 'image/png' }), 'favicon.png');
      form.append('fileInfo', JSON.stringify(info));
      const response = await fetch(`${env.baseUrl}/upload`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}` },
        body: form,
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`POST /upload: ${response.status} ${text.slice(0, 300)}`);
      const [file] = JSON.parse(text) as MediaFile[];
      return { id: file.id, name: file.name };
    },
  };
}
